# The convene app against a Neo4j named by NEO4J_URI (see docker-compose.yml).
FROM python:3.11-slim
WORKDIR /convene
COPY pyproject.toml README.md ./
COPY convene convene
COPY ingest ingest
COPY ontology ontology
COPY graph graph
COPY queries queries
COPY app app
COPY examples examples
RUN pip install --no-cache-dir .
EXPOSE 8501
# Inside the container the app must listen beyond loopback; compose publishes it on 127.0.0.1 only.
CMD ["convene", "app", "--address", "0.0.0.0", "--port", "8501"]
