FROM python:3.13-slim-trixie
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
USER 10001
CMD ["python", "-m", "app"]
