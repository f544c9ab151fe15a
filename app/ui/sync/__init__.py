"""The sync controls of the window: controller, status indicator, enrolment (and conflicts)."""
