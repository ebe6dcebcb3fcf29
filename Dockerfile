FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=duongkinh.settings.production \
    PORT=8000

RUN useradd --create-home portal
WORKDIR /app

COPY pyproject.toml README.md ./
RUN pip install --no-cache-dir . gunicorn

COPY --chown=portal:portal . .
RUN DJANGO_SECRET_KEY=collectstatic-only python manage.py compile_translations \
    && DJANGO_SECRET_KEY=collectstatic-only python manage.py collectstatic --no-input

USER portal
EXPOSE 8000
CMD ["sh", "-c", "python manage.py migrate --no-input && gunicorn duongkinh.wsgi:application --bind 0.0.0.0:${PORT} --workers 3"]
