package org.opencities.testbench.registry.enrolment.web;

import org.opencities.testbench.registry.enrolment.Enrolments.CityCount;

/** How many testers of a pilot are enrolled, and how many withdrew, in one city. */
record CityCountResponse(String city, long enrolled, long withdrawn) {

    static CityCountResponse of(CityCount count) {
        return new CityCountResponse(count.city(), count.enrolled(), count.withdrawn());
    }
}
