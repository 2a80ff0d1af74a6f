"""Where a customer stands, on screen: the assessment panel for the top of the customer page,
the blocking checklist, the charts, the action log and the policy library."""
