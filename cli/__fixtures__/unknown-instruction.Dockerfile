FROM python:3.13-slim-trixie
WORKDIR /app
COPY . .
RUNN pip install --no-cache-dir -r requirements.txt
USER 10001
CMD ["python", "-m", "app"]
