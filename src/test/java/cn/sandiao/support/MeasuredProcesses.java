package cn.sandiao.support;

import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.context.annotation.DeterminableImports;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * The process keys of the {@link ProcessTest} class the context is built for, as a bean for {@link FullCoverage}.
 * Being {@link DeterminableImports}, the keys are part of the context's cache key: classes measuring different
 * processes never share a context (nor its coverage configuration).
 */
record MeasuredProcesses(List<String> keys) {

    static final class Registrar implements ImportBeanDefinitionRegistrar, DeterminableImports {

        @Override
        public void registerBeanDefinitions(AnnotationMetadata testClass, BeanDefinitionRegistry registry) {
            registry.registerBeanDefinition("measuredProcesses", BeanDefinitionBuilder
                    .genericBeanDefinition(MeasuredProcesses.class)
                    .addConstructorArgValue(keysOf(testClass))
                    .getBeanDefinition());
        }

        @Override
        public Set<Object> determineImports(AnnotationMetadata testClass) {
            return Set.of(keysOf(testClass));
        }

        private static List<String> keysOf(AnnotationMetadata testClass) {
            var attributes = testClass.getAnnotationAttributes(ProcessTest.class.getName());
            if (attributes == null) {
                throw new IllegalStateException(testClass.getClassName() + " is not annotated with @ProcessTest");
            }
            return List.of((String[]) attributes.get("value"));
        }
    }
}
