# The portal's production image (docs/setup.md "Containers"): one image, three uses, chosen by the first
# argument of scripts/entrypoint: `web` (gunicorn), `worker` (db_worker + run_scheduler), `manage ...`.
#
#   docker build -t duongkinh-portal .
#   docker compose up          # the full stack: compose.yaml
#
# Stage 1 builds the virtualenv, compiles the translations and collects the static files (hashed names,
# compressed, served by WhiteNoise as immutable); stage 2 is the slim runtime, run as a user without rights.

FROM python:3.11-slim AS build

ENV PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/venv/bin:$PATH

RUN python -m venv /venv
WORKDIR /app
# Dependencies first, so that a change of code does not reinstall them.
COPY pyproject.toml README.md ./
RUN pip install .
COPY . .
RUN rm -rf .venv var \
    && DJANGO_SETTINGS_MODULE=duongkinh.settings.production DJANGO_SECRET_KEY=build-only \
       DJANGO_STATIC_ROOT=/app/static_root python manage.py compile_translations \
    && DJANGO_SETTINGS_MODULE=duongkinh.settings.production DJANGO_SECRET_KEY=build-only \
       DJANGO_STATIC_ROOT=/app/static_root python manage.py collectstatic --no-input --verbosity 0


FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=duongkinh.settings.production \
    DJANGO_STATIC_ROOT=/app/static_root \
    DJANGO_MEDIA_ROOT=/app/var/media \
    PORT=8000

RUN useradd --system --uid 10001 --create-home --home-dir /home/portal portal
COPY --from=build /venv /venv
COPY --from=build /app /app
RUN mkdir -p /app/var/media && chown -R portal:portal /app/var
WORKDIR /app
USER portal
EXPOSE 8000
ENTRYPOINT ["/app/scripts/entrypoint"]
CMD ["web"]
