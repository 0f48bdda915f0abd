"""The mentee's objectives: status and dates (the wording is an encrypted vault record)."""
