package org.opencities.testbench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

import org.apache.jmeter.assertions.JSONPathAssertion;
import org.apache.jmeter.assertions.ResponseAssertion;
import org.apache.jmeter.config.CSVDataSet;
import org.apache.jmeter.control.IfController;
import org.apache.jmeter.control.LoopController;
import org.apache.jmeter.protocol.http.sampler.HTTPSamplerProxy;
import org.apache.jmeter.protocol.java.sampler.JSR223Sampler;
import org.apache.jmeter.sampler.TestAction;
import org.apache.jmeter.samplers.SampleResult;
import org.apache.jmeter.save.SaveService;
import org.apache.jmeter.testelement.TestElement;
import org.apache.jmeter.testelement.property.JMeterProperty;
import org.apache.jmeter.threads.SetupThreadGroup;
import org.apache.jmeter.threads.ThreadGroup;
import org.apache.jmeter.util.JMeterUtils;
import org.apache.jorphan.collections.HashTree;
import org.apache.jorphan.collections.SearchByClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.helpers.NOPLogger;

/**
 * Default-build smoke for the JMeter plan: loads {@code bench-read.jmx} with JMeter's own
 * {@link SaveService} (the same loader {@code jmeter -n -t} uses) and checks its structure.
 * No bench and no JMeter distribution are needed: the JMeter home is a temporary folder filled
 * with the property files shipped in the {@code ApacheJMeter_config} jar.
 */
class BenchPlanTests {

    private static final Path PLAN_DIR = Path.of("src/test/jmeter");
    private static final Path PLAN = PLAN_DIR.resolve("bench-read.jmx");

    private static final String HOST = "${__P(host,127.0.0.1)}";
    private static final String PORT = "${__P(port,8080)}";

    private static final List<String> CITY_IDS = List.of("helsinki", "berlin", "amsterdam", "paris", "rome",
            "barcelona", "bologna", "manchester", "gent", "cologne", "oulu");

    @TempDir
    static Path jmeterHome;

    static HashTree plan;

    @BeforeAll
    static void loadPlanWithJMeter() throws Exception {
        Path bin = Files.createDirectories(jmeterHome.resolve("bin"));
        for (String name : List.of("jmeter.properties", "saveservice.properties", "upgrade.properties",
                "system.properties", "user.properties")) {
            try (InputStream in = BenchPlanTests.class.getClassLoader().getResourceAsStream("bin/" + name)) {
                assertThat(in).as("bin/%s from the ApacheJMeter_config jar", name).isNotNull();
                Files.copy(in, bin.resolve(name));
            }
        }
        JMeterUtils.setJMeterHome(jmeterHome.toString());
        JMeterUtils.loadJMeterProperties(bin.resolve("jmeter.properties").toString());
        JMeterUtils.initLocale();
        plan = SaveService.loadTree(PLAN.toFile());
    }

    @Test
    void planHasOneDurationBoundThreadGroupDrivenByProperties() {
        List<ThreadGroup> loadGroups = find(plan, ThreadGroup.class).stream()
                .filter(group -> !(group instanceof SetupThreadGroup))
                .toList();
        assertThat(loadGroups).hasSize(1);
        ThreadGroup group = loadGroups.get(0);
        assertThat(group.getPropertyAsString(ThreadGroup.NUM_THREADS)).isEqualTo("${__P(threads,8)}");
        assertThat(group.getPropertyAsString(ThreadGroup.RAMP_TIME)).isEqualTo("${__P(rampup,5)}");
        assertThat(group.getScheduler()).as("scheduler on").isTrue();
        assertThat(group.getPropertyAsString(ThreadGroup.DURATION)).isEqualTo("${__P(duration,60)}");
        assertThat(group.getSamplerController()).isInstanceOf(LoopController.class);
        assertThat(((LoopController) group.getSamplerController()).getLoops()).as("loop forever").isEqualTo(-1);
    }

    @Test
    void planHasTheFourReadSamplersAllOnTheHostAndPortProperties() {
        List<HTTPSamplerProxy> samplers = find(plan, HTTPSamplerProxy.class);
        assertThat(samplers).extracting(HTTPSamplerProxy::getPath).containsExactly("/actuator/health",
                "/api/v1/cities", "/api/v1/cities/${city}", "/api/v1/cities/atlantis");
        assertThat(samplers).allSatisfy(sampler -> {
            assertThat(sampler.getDomain()).as("domain of %s", sampler.getName()).isEqualTo(HOST);
            assertThat(sampler.getPropertyAsString("HTTPSampler.port")).as("port of %s", sampler.getName())
                    .isEqualTo(PORT);
            assertThat(sampler.getProtocol()).isEqualTo("http");
            assertThat(sampler.getMethod()).isEqualTo("GET");
        });
        Map<String, String> query = sampler("/api/v1/cities").getArguments().getArgumentsAsMap();
        assertThat(query).containsExactlyInAnyOrderEntriesOf(Map.of("offset", "0", "limit", "20"));
    }

    @Test
    void everySamplerCarriesItsAssertion() {
        ResponseAssertion health = only(under(sampler("/actuator/health"), ResponseAssertion.class));
        assertThat(health.isTestFieldResponseData()).isTrue();
        assertThat(testStrings(health)).singleElement().asString().contains("UP");

        JSONPathAssertion total = only(under(sampler("/api/v1/cities"), JSONPathAssertion.class));
        assertThat(total.getJsonPath()).isEqualTo("$.total");
        assertThat(total.isJsonValidationBool()).as("only checks that $.total exists").isFalse();
        assertThat(total.isInvert()).isFalse();

        List<ResponseAssertion> byId = under(sampler("/api/v1/cities/${city}"), ResponseAssertion.class);
        assertThat(byId).anySatisfy(assertion -> {
            assertThat(assertion.isTestFieldResponseCode()).isTrue();
            assertThat(testStrings(assertion)).containsExactly("200");
        });

        ResponseAssertion notFound = only(under(sampler("/api/v1/cities/atlantis"), ResponseAssertion.class));
        assertThat(notFound.isTestFieldResponseCode()).isTrue();
        assertThat(notFound.isEqualsType()).isTrue();
        assertThat(testStrings(notFound)).containsExactly("404");
        assertThat(notFound.getAssumeSuccess()).as("a 404 must not count as an error by itself").isTrue();
    }

    @Test
    void cityIdsComeFromTheCsvDataSetWithTheElevenKnownIds() throws Exception {
        CSVDataSet cities = only(find(plan, CSVDataSet.class));
        assertThat(cities.getPropertyAsString("variableNames")).isEqualTo("city");
        assertThat(cities.getPropertyAsString("filename")).isEqualTo("${__P(cities.file,data/cities.csv)}");
        assertThat(cities.getPropertyAsBoolean("recycle")).isTrue();
        // JMeter resolves a relative CSV name against the plan's folder.
        List<String> ids = Files.readAllLines(PLAN_DIR.resolve("data/cities.csv"), StandardCharsets.UTF_8).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty())
                .toList();
        assertThat(ids).containsExactlyInAnyOrderElementsOf(CITY_IDS);
    }

    @Test
    void loadIsGuardedByTheLoopbackOnlyCheck() {
        SetupThreadGroup setUp = only(find(plan, SetupThreadGroup.class));
        assertThat(setUp.getOnErrorStopTestNow()).as("a refused host stops the test at once").isTrue();
        JSR223Sampler check = only(find(plan, JSR223Sampler.class));
        assertThat(check.getPropertyAsString("scriptLanguage")).isEqualTo("groovy");

        IfController refused = only(find(plan, IfController.class));
        assertThat(refused.getCondition()).isEqualTo("${__P(bench.loopback.refused,true)}");
        assertThat(refused.isUseExpression()).isTrue();
        TestAction stop = only(under(refused, TestAction.class));
        assertThat(stop.getAction()).isEqualTo(TestAction.STOP_NOW);
        assertThat(stop.getTarget()).isEqualTo(TestAction.TEST);
    }

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "127.0.1.1", "localhost", "::1", "[::1]" })
    void setUpCheckAcceptsLoopbackHosts(String host) throws Exception {
        RunResult run = runSetUpCheck(host);
        assertThat(run.sample.isSuccessful()).isTrue();
        assertThat(run.sample.isStopTestNow()).isFalse();
        assertThat(run.props.getProperty("bench.loopback.refused")).isEqualTo("false");
    }

    @ParameterizedTest
    @ValueSource(strings = { "10.0.0.5", "192.168.1.20", "172.16.0.1", "8.8.8.8", "example.org", "127.0.0.1.nip.io",
            "0.0.0.0" })
    void setUpCheckRefusesEveryOtherHost(String host) throws Exception {
        RunResult run = runSetUpCheck(host);
        assertThat(run.sample.isSuccessful()).isFalse();
        assertThat(run.sample.isStopTestNow()).isTrue();
        assertThat(run.props.getProperty("bench.loopback.refused")).isEqualTo("true");
    }

    private record RunResult(SampleResult sample, Properties props) {
    }

    /** Runs the plan's own setUp Groovy script with the bindings JMeter's JSR223 sampler gives it. */
    private static RunResult runSetUpCheck(String host) throws Exception {
        String script = only(find(plan, JSR223Sampler.class)).getPropertyAsString("script");
        ScriptEngine groovy = new ScriptEngineManager().getEngineByName("groovy");
        assertThat(groovy).as("groovy JSR223 engine").isNotNull();
        Properties props = new Properties();
        props.setProperty("host", host);
        SampleResult sample = new SampleResult();
        sample.setSuccessful(true);
        Bindings bindings = groovy.createBindings();
        bindings.put("props", props);
        bindings.put("SampleResult", sample);
        bindings.put("log", NOPLogger.NOP_LOGGER); // the refusals would log errors
        groovy.eval(script, bindings);
        return new RunResult(sample, props);
    }

    private static HTTPSamplerProxy sampler(String path) {
        return only(find(plan, HTTPSamplerProxy.class).stream().filter(s -> s.getPath().equals(path)).toList());
    }

    private static <T> List<T> find(HashTree tree, Class<T> type) {
        SearchByClass<T> search = new SearchByClass<>(type);
        tree.traverse(search);
        return new ArrayList<>(search.getSearchResults());
    }

    private static <T> List<T> under(TestElement parent, Class<T> type) {
        SearchByClass<TestElement> search = new SearchByClass<>(TestElement.class);
        plan.traverse(search);
        HashTree subTree = search.getSubTree(parent);
        assertThat(subTree).as("sub tree of %s", parent.getName()).isNotNull();
        return find(subTree.getTree(parent), type);
    }

    private static List<String> testStrings(ResponseAssertion assertion) {
        Collection<JMeterProperty> strings = new ArrayList<>();
        assertion.getTestStrings().iterator().forEachRemaining(strings::add);
        return strings.stream().map(JMeterProperty::getStringValue).collect(Collectors.toList());
    }

    private static <T> T only(List<T> elements) {
        assertThat(elements).hasSize(1);
        return elements.get(0);
    }
}
