package cn.sandiao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SandiaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(SandiaoApplication.class, args);
    }
}
