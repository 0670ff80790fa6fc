package org.healthcareershub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.accounts.domain.Registration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Two sign-ups with one new address at the same instant: the one the database's unique key refuses is
 * answered like any sign-up with a taken address (same page, the owner told), and the log names no address.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
@Tag("db")
class SignUpRaceTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoSpyBean
    Registration registration;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    MvcTestResult signUp(String email, String address) {
        return mvc.post()
                .uri("/sign-up")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("accountType", "seeker")
                .param("name", "Race Runner")
                .param("email", email)
                .param("password", "copper meadow lighthouse")
                .exchange();
    }

    int mailTo(String email) {
        return jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ?", Integer.class, email);
    }

    @Test
    void theSignUpThatLosesTheRaceIsAnsweredLikeATakenAddress(CapturedOutput output) {
        String email = new TestAccounts(accounts, encoder)
                .create(Role.SEEKER, "Race Winner")
                .getEmail();
        // as if the other sign-up committed between this one's look-up and its insert
        doThrow(new DataIntegrityViolationException("unique key on account.email: " + email))
                .when(registration)
                .signUp(argThat(request -> request.email().equals(email)));
        int before = mailTo(email);

        MvcTestResult result = signUp(email, "10.42.0.1");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sign-up/check-email");
        assertThat(mailTo(email)).isEqualTo(before + 1);
        assertThat(output.getAll()).doesNotContain(email);
    }

    @Test
    void twoSignUpsAtOnceMakeOneAccountAndNoError() throws Exception {
        String email = "race-" + UUID.randomUUID() + "@example.com";
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MvcTestResult>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String address = "10.42.1." + (i + 1);
                answers.add(pool.submit(() -> {
                    start.await();
                    return signUp(email, address);
                }));
            }
            start.countDown();
            for (Future<MvcTestResult> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS).getResponse().getRedirectedUrl())
                        .isEqualTo("/sign-up/check-email");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email))
                .isEqualTo(1);
    }
}
