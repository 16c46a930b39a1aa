package cn.sandiao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling // the holiday calendar looks for another node's changes
public class SandiaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(SandiaoApplication.class, args);
    }
}
