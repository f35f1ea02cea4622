"""The one mapping of errors to HTTP: every error response is an RFC 9457 problem (application/problem+json).

DiploGraphError subclasses map by `STATUS` (NotFoundError 404, GraphUnavailableError 503, others 500);
request validation failures are 422 problems with an `errors` list; Starlette's own HTTP errors (unknown route,
wrong method) keep their status. `problem_responses` declares these bodies in the OpenAPI document.
"""

from __future__ import annotations

import http
import logging
from typing import Any, cast

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph_schema.errors import DiploGraphError, GraphUnavailableError, NotFoundError

logger = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"

STATUS: dict[type[DiploGraphError], int] = {
    NotFoundError: 404,
    GraphUnavailableError: 503,
}


class Problem(BaseModel):
    """RFC 9457 problem details."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(default="about:blank", description="about:blank: the status code says it all")
    title: str = Field(description="the HTTP status phrase")
    status: int
    detail: str | None = None
    instance: str | None = Field(default=None, description="the request path")


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries for these statuses, each a Problem in application/problem+json."""
    return {
        status: {
            "description": http.HTTPStatus(status).phrase,
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }


def problem(request: Request, status: int, detail: str | None, **extensions: Any) -> JSONResponse:
    body = Problem(
        title=http.HTTPStatus(status).phrase, status=status, detail=detail, instance=request.url.path, **extensions
    )
    return JSONResponse(jsonable_encoder(body, exclude_none=True), status_code=status, media_type=PROBLEM_MEDIA_TYPE)


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers and add the Problem schema to the OpenAPI components."""
    app.add_exception_handler(DiploGraphError, _domain_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected_error)
    _document_problem(app)


def _domain_error(request: Request, exc: Exception) -> JSONResponse:
    status = next((code for kind, code in STATUS.items() if isinstance(exc, kind)), 500)
    if status >= 500 and status != 503:
        logger.error("%s %s failed: %s", request.method, request.url.path, exc)
        return problem(request, status, "internal error")
    if status == 503:
        logger.warning("%s %s: %s", request.method, request.url.path, exc)
    return problem(request, status, str(exc))


def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    details = cast(RequestValidationError, exc).errors()
    errors = [{"loc": list(error["loc"]), "msg": error["msg"], "type": error["type"]} for error in details]
    return problem(request, 422, "the request's parameters are not valid", errors=errors)


def _http_error(request: Request, exc: Exception) -> JSONResponse:
    error = cast(StarletteHTTPException, exc)
    response = problem(request, error.status_code, error.detail)
    response.headers.update(error.headers or {})
    return response


def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("%s %s failed", request.method, request.url.path, exc_info=exc)
    return problem(request, 500, "internal error")


def _document_problem(app: FastAPI) -> None:
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = original()
            schemas = schema.setdefault("components", {}).setdefault("schemas", {})
            schemas["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
