/** Checks of Chinese identifiers (ID numbers, unified credit codes, phones) as Bean Validation constraints. */
@NamedInterface("validation")
package cn.sandiao.common.validation;

import org.springframework.modulith.NamedInterface;
