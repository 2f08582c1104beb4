package org.opencities.testbench.registry.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.opencities.testbench.registry.RegistryModule;
import org.opencities.testbench.registry.RegistryProperties;
import org.springframework.stereotype.Component;

/**
 * The registry's inbox: one route per followed address, each a durable shared subscription
 * (replicas compete), unpacking the CloudEvent and skipping event ids already processed.
 * Redelivery belongs to the broker: a failing exchange rolls the JMS transaction back, and after
 * the broker's max delivery attempts the message lands on the dead-letter address.
 */
@Component
class RegistryInboxRoutes extends RouteBuilder {

    static final String EVENTS = "direct:registry-events";

    private static final EventFormat CLOUD_EVENTS_JSON =
            EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    /**
     * The broker keeps only the events the registry follows in its subscriptions: feedback's
     * {@code response.submitted}, one per questionnaire submission, never reaches them. A message
     * without the {@code ce_type} property is kept and judged by its CloudEvent type here.
     */
    static final String FOLLOWED_TYPES = followedTypes();

    private final RegistryProperties properties;
    private final JdbcMessageIdRepository processedEvents;
    private final ServiceEventFollower serviceEvents;
    private final AlarmFollower alarms;
    private final TesterErasureFollower testerErasures;
    private final TesterReminderFollower testerReminders;

    RegistryInboxRoutes(RegistryProperties properties, DataSource dataSource, ServiceEventFollower serviceEvents,
            AlarmFollower alarms, TesterErasureFollower testerErasures, TesterReminderFollower testerReminders) {
        this.properties = properties;
        this.serviceEvents = serviceEvents;
        this.alarms = alarms;
        this.testerErasures = testerErasures;
        this.testerReminders = testerReminders;
        this.processedEvents = new JdbcMessageIdRepository(dataSource, "registry");
        this.processedEvents.setTableName(RegistryModule.SCHEMA + ".camel_messageprocessed");
        this.processedEvents.setCreateTableIfNotExists(false);
    }

    @Override
    public void configure() {
        for (String address : properties.messaging().inbound()) {
            String subscription = "registry." + address;
            String routeId = "registry-inbox-" + address.replace('.', '-');
            fromF("jms:topic:%s?subscriptionDurable=true&subscriptionShared=true&subscriptionName=%s&transacted=true"
                    + "&selector=RAW(%s)", address, subscription, FOLLOWED_TYPES)
                    .routeId(routeId)
                    .routeGroup("registry")
                    .process(RegistryInboxRoutes::unpackCloudEvent).id(routeId + "-unpack-cloud-event")
                    .idempotentConsumer(header("ce_id"), processedEvents).id(routeId + "-skip-processed-event")
                    .to(EVENTS).id(routeId + "-dispatch-event");
        }

        from(EVENTS)
                .routeId("registry-events")
                .routeGroup("registry")
                .choice()
                    .when(header("ce_type").in(ServiceEventFollower.STATES.keySet().toArray()))
                        .process(serviceEvents::follow).id("follow-service-event")
                    .when(header("ce_type").in(AlarmFollower.TYPES.toArray()))
                        .process(alarms::follow).id("follow-alarm")
                    .when(header("ce_type").isEqualTo(TesterErasureFollower.TYPE))
                        .process(testerErasures::follow).id("follow-tester-erased")
                    .when(header("ce_type").isEqualTo(TesterReminderFollower.TYPE))
                        .process(testerReminders::follow).id("follow-tester-reminded")
                    .otherwise()
                        .log(LoggingLevel.DEBUG, "No registry handler for ${header.ce_type} ${header.ce_id}; acknowledged")
                        .id("registry-ignore-unhandled-event")
                .end();
    }

    private static String followedTypes() {
        var types = new TreeSet<String>(ServiceEventFollower.STATES.keySet());
        types.addAll(AlarmFollower.TYPES);
        types.add(TesterErasureFollower.TYPE);
        types.add(TesterReminderFollower.TYPE);
        return types.stream().map(type -> "'" + type + "'")
                .collect(Collectors.joining(", ", "ce_type IS NULL OR ce_type IN (", ")"));
    }

    private static void unpackCloudEvent(Exchange exchange) {
        var event = CLOUD_EVENTS_JSON.deserialize(exchange.getIn().getBody(String.class).getBytes(UTF_8));
        var message = exchange.getIn();
        message.setHeader("ce_id", event.getId());
        message.setHeader("ce_type", event.getType());
        message.setHeader("ce_subject", event.getSubject());
        message.setHeader("ce_source", event.getSource().toString());
        message.setBody(event.getData() == null ? new byte[0] : event.getData().toBytes());
    }
}
