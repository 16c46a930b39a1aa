package cn.sandiao.simulation;

import cn.sandiao.common.crypto.PersonalDataCipher;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Made-up people and organisations for generated cases and petitions. Personal data is stored as the real rows
 * store it: ID number and phone encrypted, the ID number's keyed fingerprint beside it. The people are a pool,
 * encrypted once each, so that a person can come back (as people do) and a million rows need no million
 * encryptions. Numbers are obviously fake: ID numbers use the made-up region 990101, phones the 170 0000 range.
 */
final class SyntheticPeople {

    record Person(String name, String idNumber, String fingerprint, String phone) {
    }

    record Organization(String name, String creditCode, String phone) {
    }

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰华红玉梅建国志海波辉鹏飞宇浩凯俊峰琳雪慧颖婷倩晨阳";
    private static final String[] ORG_KINDS = {"物业服务有限公司", "建筑工程有限公司", "商贸有限公司", "运输有限公司",
            "农业专业合作社", "餐饮管理有限公司", "房地产开发有限公司", "电子科技有限公司", "医院", "汽车销售服务有限公司"};
    private static final String ORG_WORDS = "和美安康兴旺顺达宏远鑫源恒信华丰金禾东升瑞祥佳园";
    private static final String CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private final Person[] people;
    private final Organization[] organizations;

    SyntheticPeople(PersonalDataCipher cipher, int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EED);
        people = new Person[size];
        for (int i = 0; i < size; i++) {
            String id = idNumber(LocalDate.of(1940, 1, 1).plusDays(random.nextInt(60 * 365)), i % 1000);
            people[i] = new Person(name(random), cipher.encrypt(id), cipher.fingerprint(id),
                    cipher.encrypt(phone(i)));
        }
        organizations = new Organization[Math.max(50, size / 20)];
        for (int i = 0; i < organizations.length; i++) {
            String name = "和美县" + ORG_WORDS.charAt(random.nextInt(ORG_WORDS.length()))
                    + ORG_WORDS.charAt(random.nextInt(ORG_WORDS.length()))
                    + ORG_KINDS[random.nextInt(ORG_KINDS.length)] + "（模拟）";
            organizations[i] = new Organization(name, creditCode(i), cipher.encrypt("0791-8" + "%07d".formatted(i)));
        }
    }

    Person person(SplittableRandom random) {
        return people[random.nextInt(people.length)];
    }

    Person person(int index) {
        return people[Math.floorMod(index, people.length)];
    }

    Organization organization(SplittableRandom random) {
        return organizations[random.nextInt(organizations.length)];
    }

    private static String name(SplittableRandom random) {
        String name = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())))
                + GIVEN.charAt(random.nextInt(GIVEN.length()));
        return random.nextInt(3) == 0 ? name : name + GIVEN.charAt(random.nextInt(GIVEN.length()));
    }

    /** GB 11643: region 990101 (none in the real code list), birth date, sequence, MOD 11-2 check character. */
    static String idNumber(LocalDate birth, int sequence) {
        String body = "990101" + "%04d%02d%02d".formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + "%03d".formatted(sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + ID_CHECK.charAt(sum % 11);
    }

    private static String phone(int index) {
        return "1700" + "%07d".formatted(index % 10_000_000);
    }

    /** GB 32100: 91 (company), region 990101, a 9-character body, MOD 31 check character. */
    static String creditCode(int index) {
        String body = "91990101M" + "%08d".formatted(index);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARSET.indexOf(body.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return body + CREDIT_CHARSET.charAt((31 - sum % 31) % 31);
    }
}
