package org.opencities.testbench.registry.app;

/** The field of city life an app serves; open calls are published per category. */
public enum AppCategory {
    ENGAGEMENT, ENVIRONMENT, MOBILITY, TOURISM, HEALTH, EDUCATION, OTHER
}
