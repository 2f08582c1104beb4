package org.opencities.testbench.orchestrator.quality.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.opencities.testbench.orchestrator.quality.OperatingStatus;
import org.opencities.testbench.orchestrator.quality.ServiceQualities;
import org.opencities.testbench.orchestrator.quality.ServiceQuality;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Adds the {@code operatingStatus} characteristic (with {@code qualityAlarmId} while degraded) to
 * the TMF638 services the inventory answers with: {@code degraded} while a quality alarm is raised,
 * otherwise {@code normal} for an active service. The service's {@code state} stays as TMF638
 * defines it. A {@code fields} selection without {@code serviceCharacteristic} is left as asked.
 */
@ControllerAdvice(basePackages = "org.opencities.testbench.orchestrator.serviceinventory.web")
class OperatingStatusCharacteristic implements ResponseBodyAdvice<Object> {

    private final ServiceQualities qualities;

    OperatingStatusCharacteristic(ServiceQualities qualities) {
        this.qualities = qualities;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        var services = services(body);
        if (services.isEmpty()) {
            return body;
        }
        var known = qualities.of(services.stream().map(service -> String.valueOf(service.get("id"))).toList());
        services.forEach(service -> addStatus(service, known.get(String.valueOf(service.get("id")))));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> services(Object body) {
        if (body instanceof Map<?, ?> map && isService(map)) {
            return List.of((Map<String, Object>) map);
        }
        if (body instanceof List<?> list) {
            return list.stream().filter(Map.class::isInstance).map(Map.class::cast).filter(OperatingStatusCharacteristic::isService)
                    .map(service -> (Map<String, Object>) service).toList();
        }
        return List.of();
    }

    private static boolean isService(Map<?, ?> map) {
        return "Service".equals(map.get("@type")) || (map.containsKey("id") && map.containsKey("serviceCharacteristic"));
    }

    @SuppressWarnings("unchecked")
    private static void addStatus(Map<String, Object> service, ServiceQuality quality) {
        if (!(service.get("serviceCharacteristic") instanceof List<?> existing)) {
            return;
        }
        OperatingStatus status = quality != null ? quality.status()
                : Objects.equals(service.get("state"), "active") ? OperatingStatus.NORMAL : null;
        if (status == null) {
            return;
        }
        var characteristics = new ArrayList<Object>((List<Object>) existing);
        characteristics.add(characteristic("operatingStatus", status.value()));
        if (status == OperatingStatus.DEGRADED) {
            characteristics.add(characteristic("qualityAlarmId", quality.alarmId()));
        }
        service.put("serviceCharacteristic", characteristics);
    }

    private static Map<String, Object> characteristic(String name, String value) {
        var characteristic = new LinkedHashMap<String, Object>();
        characteristic.put("name", name);
        characteristic.put("value", value);
        return characteristic;
    }
}
