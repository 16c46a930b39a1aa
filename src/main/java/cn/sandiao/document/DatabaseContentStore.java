package cn.sandiao.document;

import cn.sandiao.common.UnavailableException;

/** The default: the bytes go into the row itself, so every node of a cluster has them with nothing else to run. */
class DatabaseContentStore implements FileContentStore {

    @Override
    public Kept put(String name, byte[] content) {
        return new Kept(content, null);
    }

    /** A file written while the S3 store was configured, read after it was switched off. */
    @Override
    public byte[] get(String objectKey) {
        throw new UnavailableException("该文件保存在S3兼容存储中，但系统当前未启用该存储（sandiao.documents.store），请联系管理员",
                null);
    }
}
