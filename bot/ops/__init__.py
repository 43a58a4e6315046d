"""For operators: the figures (`metrics`), the health check (`health`), and the HTTP endpoint serving both (`server`)."""
