"""Mentoring programs: configuration, lifecycle, criteria, questionnaire, charter, enrolment,
events and templates. Other domains use ``constel_api.programs.api``."""
