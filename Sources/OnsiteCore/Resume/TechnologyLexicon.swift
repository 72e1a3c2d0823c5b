/// A technology a resume line can name, with what an interviewer would compare it with.
public struct Technology: Hashable, Sendable, Codable {
    /// What the technology is for; it decides how the scale of the work is asked about.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A database or an ORM: PostgreSQL, DynamoDB, SQLAlchemy.
        case database
        /// A cache: Redis, Memcached.
        case cache
        /// A search engine: Elasticsearch.
        case search
        /// A log, a queue or a bus: Kafka, RabbitMQ, SQS.
        case streaming
        /// Background jobs and schedules: Celery, RQ, Airflow.
        case taskQueue = "task-queue"
        /// Django, FastAPI, Flask.
        case webFramework = "web-framework"
        /// An API style or a validation library: REST, GraphQL, gRPC, pydantic.
        case api
        /// asyncio, threads, multiprocessing.
        case concurrency
        /// Kubernetes, ECS.
        case orchestration
        /// Docker.
        case container
        /// A cloud service: AWS Lambda, S3, EC2.
        case cloud
        /// Terraform, Ansible, Nginx.
        case infrastructure
        /// A CI system: GitHub Actions, Jenkins.
        case ci
        /// Metrics, traces and errors: Prometheus, Datadog, Sentry.
        case observability
        /// Another language or a native extension: Go, Rust, Cython.
        case language
        /// pandas, Spark, NumPy.
        case dataProcessing = "data-processing"
        /// PyTorch, scikit-learn, MLflow.
        case machineLearning = "machine-learning"
        /// pytest.
        case testing
    }

    /// The name as it is usually written, for example "PostgreSQL".
    public var name: String
    /// What the technology is for.
    public var kind: Kind
    /// The usual alternatives, written to follow "and not", for example "MySQL or DynamoDB".
    public var alternatives: String

    /// A technology and its usual alternatives.
    public init(name: String, kind: Kind, alternatives: String) {
        self.name = name
        self.kind = kind
        self.alternatives = alternatives
    }
}

/// The technologies onsite recognises on a resume, each with the alternatives for "why X and not Y".
///
/// Deliberately small: the products and libraries Python back-end interviews revolve around.
enum TechnologyLexicon {
    private struct Entry {
        var technology: Technology
        /// Lowercase spellings, each split into words as the tokenizer splits them.
        var spellings: [[String]]
        /// A one-word spelling that counts only with this exact case ("Go", "REST").
        var written: String?
    }

    /// An entry spelled as its name and as the other spellings given.
    private static func entry(
        _ name: String, _ kind: Technology.Kind, _ alternatives: String, _ spellings: String...
    ) -> Entry {
        Entry(
            technology: Technology(name: name, kind: kind, alternatives: alternatives),
            spellings: ([name.lowercased()] + spellings).map(ResumeLexicon.words))
    }

    /// An entry whose name alone is an ordinary word ("REST", "Go"): the name counts only when
    /// written with its capitals, the other spellings in any case.
    private static func exactly(
        _ name: String, _ kind: Technology.Kind, _ alternatives: String, spelled spellings: String...
    ) -> Entry {
        Entry(
            technology: Technology(name: name, kind: kind, alternatives: alternatives),
            spellings: spellings.map(ResumeLexicon.words), written: name)
    }

    private static let entries: [Entry] = [
        entry("PostgreSQL", .database, "MySQL or DynamoDB", "postgres", "postgresql", "aurora postgres", "pg"),
        entry("MySQL", .database, "PostgreSQL or DynamoDB", "mariadb", "aurora mysql"),
        entry("DynamoDB", .database, "PostgreSQL or Cassandra", "dynamo"),
        entry("MongoDB", .database, "PostgreSQL with JSONB columns", "mongo"),
        entry("Cassandra", .database, "DynamoDB or PostgreSQL with partitioning", "scylladb"),
        entry("SQLite", .database, "PostgreSQL or plain files"),
        entry("ClickHouse", .database, "PostgreSQL or BigQuery"),
        entry("BigQuery", .database, "Snowflake or Redshift"),
        entry("Snowflake", .database, "BigQuery or Redshift"),
        entry("Redshift", .database, "Snowflake or BigQuery"),
        entry("Redis", .cache, "Memcached or an in-process cache", "elasticache"),
        entry("Memcached", .cache, "Redis or an in-process cache", "memcache"),
        entry("Elasticsearch", .search, "PostgreSQL full-text search", "opensearch", "elastic search"),
        entry("Kafka", .streaming, "RabbitMQ or SQS", "apache kafka"),
        entry("Kinesis", .streaming, "Kafka or SQS", "aws kinesis"),
        entry("RabbitMQ", .streaming, "Kafka or SQS", "rabbit", "amqp"),
        entry("SQS", .streaming, "Kafka or RabbitMQ", "amazon sqs", "aws sqs"),
        entry("Pub/Sub", .streaming, "Kafka or SQS", "google pub/sub"),
        entry("Celery", .taskQueue, "RQ or a cron job", "celery beat"),
        entry("RQ", .taskQueue, "Celery or a cron job", "python rq", "dramatiq"),
        entry("Airflow", .taskQueue, "cron or Celery beat", "apache airflow"),
        entry("Django", .webFramework, "FastAPI or Flask"),
        entry("Django REST Framework", .webFramework, "plain Django views or FastAPI", "drf", "django rest"),
        entry("FastAPI", .webFramework, "Django or Flask", "fast api"),
        entry("Flask", .webFramework, "Django or FastAPI"),
        entry("aiohttp", .webFramework, "FastAPI or Django with ASGI"),
        entry("GraphQL", .api, "REST", "graphene", "strawberry"),
        exactly("REST", .api, "GraphQL or gRPC", spelled: "rest api", "rest apis", "restful", "rest endpoints"),
        entry("gRPC", .api, "REST over HTTP/JSON", "protobuf", "protocol buffers"),
        entry("WebSockets", .api, "polling or server-sent events", "websocket", "socket.io"),
        entry("asyncio", .concurrency, "threads", "async/await"),
        entry("multiprocessing", .concurrency, "threads or asyncio", "process pool", "processpoolexecutor"),
        entry("threads", .concurrency, "asyncio or multiprocessing", "threading", "threadpoolexecutor"),
        entry("Kubernetes", .orchestration, "ECS or plain VMs", "k8s", "eks", "gke", "aks", "helm"),
        entry("ECS", .orchestration, "Kubernetes or plain VMs", "fargate", "amazon ecs", "aws ecs"),
        entry("Docker", .container, "plain VMs with virtualenvs", "docker compose", "containers"),
        entry("AWS Lambda", .cloud, "containers on ECS", "lambda", "lambdas", "serverless"),
        entry("S3", .cloud, "a database or a shared file system", "amazon s3", "aws s3", "gcs"),
        entry("EC2", .cloud, "ECS or Kubernetes"),
        entry("Terraform", .infrastructure, "CloudFormation or Pulumi", "opentofu"),
        entry("Ansible", .infrastructure, "Terraform or shell scripts"),
        entry("Nginx", .infrastructure, "a cloud load balancer", "haproxy", "envoy"),
        entry("GitHub Actions", .ci, "Jenkins or GitLab CI"),
        entry("Jenkins", .ci, "GitHub Actions or GitLab CI"),
        entry("GitLab CI", .ci, "GitHub Actions or Jenkins", "gitlab"),
        entry("Prometheus", .observability, "Datadog or CloudWatch"),
        entry("Datadog", .observability, "Prometheus and Grafana"),
        entry("OpenTelemetry", .observability, "vendor agents such as Datadog's", "otel"),
        entry("Sentry", .observability, "plain structured logs and alerts"),
        entry("Spark", .dataProcessing, "pandas on one machine or Dask", "pyspark", "databricks"),
        entry("pandas", .dataProcessing, "Polars or plain SQL"),
        entry("Polars", .dataProcessing, "pandas or DuckDB"),
        entry("NumPy", .dataProcessing, "plain Python loops or Cython", "numpy"),
        entry("Cython", .language, "NumPy vectorisation or a Rust extension", "pybind11"),
        exactly("Go", .language, "optimising the Python code or a C extension", spelled: "golang"),
        entry("Rust", .language, "optimising the Python code or Cython", "pyo3"),
        entry("SQLAlchemy", .database, "the Django ORM or raw SQL", "alembic"),
        entry("MLflow", .machineLearning, "Weights & Biases or a homegrown tracker"),
        entry("PyTorch", .machineLearning, "TensorFlow or scikit-learn", "torch"),
        entry("scikit-learn", .machineLearning, "a hand-written model or PyTorch", "sklearn"),
        entry("pytest", .testing, "unittest"),
        entry("pydantic", .api, "dataclasses or marshmallow"),
        entry("marshmallow", .api, "pydantic or dataclasses"),
    ]

    /// Spellings by their first word, longest first.
    private static let index: [String: [(words: [String], entry: Int)]] = {
        var index: [String: [(words: [String], entry: Int)]] = [:]
        for (position, entry) in entries.enumerated() {
            for spelling in entry.spellings where !spelling.isEmpty {
                index[spelling[0], default: []].append((spelling, position))
            }
        }
        for key in index.keys { index[key]?.sort { $0.words.count > $1.words.count } }
        return index
    }()

    /// Entries by their case-sensitive name.
    private static let writtenIndex: [String: Int] = Dictionary(
        entries.enumerated().compactMap { position, entry in entry.written.map { ($0, position) } },
        uniquingKeysWith: { first, _ in first })

    /// The technologies named in the text, in order of first mention, each once, with the
    /// tokens that name it.
    static func technologies(in tokens: ResumeTokens) -> [(technology: Technology, tokens: ClosedRange<Int>)] {
        var found: [(technology: Technology, tokens: ClosedRange<Int>)] = []
        var seen = Set<Int>()
        var position = 0
        while position < tokens.count {
            let word = tokens.word(position)
            let candidates = index[word] ?? word.split(separator: "/").first.flatMap { index[String($0)] } ?? []
            let written = String(tokens.text[tokens.tokens[position].range])
            if let match = candidates.first(where: {
                $0.words.count == 1 ? true : tokens.matches($0.words, at: position)
            }) ?? writtenIndex[written].map({ (words: [word], entry: $0) }) {
                if seen.insert(match.entry).inserted {
                    found.append((entries[match.entry].technology, position...(position + match.words.count - 1)))
                }
                position += match.words.count
            } else {
                position += 1
            }
        }
        return found
    }

    /// Every word of every spelling.
    static let spellingWords: Set<String> = Set(entries.flatMap { $0.spellings.flatMap { $0 } })

    /// Whether a number after this word is a version ("Python 3", "Django 4.2"), not a figure.
    static func isVersioned(_ word: String) -> Bool {
        // Only a whole name: "process" starts "process pool" but "process 2 million" is no version.
        word == "python" || word == "py" || index[word]?.contains { $0.words.count == 1 } == true
    }
}
