FROM python:3.11-alpine3.24
COPY requirements.txt .
RUN apk add --no-cache build-base && pip install --no-cache-dir -r requirements.txt
