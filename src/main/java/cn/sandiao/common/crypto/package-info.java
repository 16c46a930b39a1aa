/**
 * Personal data at rest: the column converter, the cipher and fingerprints, key rotation. Offered to every module
 * that stores ID numbers or phones.
 */
@NamedInterface("crypto")
package cn.sandiao.common.crypto;

import org.springframework.modulith.NamedInterface;
