"""The one exception tree of diplograph.

DiploGraphError
├── ConfigError            settings missing or unsafe (placeholder secret outside development)
├── GraphUnavailableError  Neo4j cannot be reached or refused the credentials
├── LocalServerError       the project-managed Neo4j could not be provisioned, started or stopped
├── InputError             an input file or record cannot be ingested (names the input)
└── NotFoundError          a requested node does not exist

`app/` maps these to HTTP once; the CLI prints them as one line and exits non-zero.
"""


class DiploGraphError(Exception):
    """Root of every error diplograph raises on purpose."""


class ConfigError(DiploGraphError):
    pass


class GraphUnavailableError(DiploGraphError):
    pass


class LocalServerError(DiploGraphError):
    pass


class InputError(DiploGraphError):
    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class NotFoundError(DiploGraphError):
    pass
