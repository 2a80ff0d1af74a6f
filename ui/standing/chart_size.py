"""How tall the customer page's charts are: the panel keeps room for them before they load."""

CHART_HEIGHT = 240
