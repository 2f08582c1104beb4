package org.opencities.testbench.registry.account.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.opencities.testbench.registry.account.mail.OutboxMailSender;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The developer page {@code /dev/mail}: the mails the outbox sender kept, newest first, with their
 * links clickable. It exists only where the outbox sender is chosen, so never next to real mail.
 */
@Controller
@ConditionalOnProperty(name = "testbench.registry.mail.sender", havingValue = "outbox")
class DevMailPage {

    private static final int SHOWN = 50;
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final OutboxMailSender outbox;

    DevMailPage(OutboxMailSender outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/dev/mail")
    String mails(Model model) {
        var mails = outbox.newest(SHOWN);
        Map<UUID, List<String>> links = mails.stream().collect(Collectors.toMap(OutboxMailSender.KeptMail::id,
                mail -> LINK.matcher(mail.body()).results().map(match -> match.group()).toList()));
        model.addAttribute("mails", mails);
        model.addAttribute("links", links);
        return "registry/register/dev-mail";
    }
}
