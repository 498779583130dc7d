import type {
  SeedAlternativesPage,
  SeedContent,
  SeedDecisionQuestion,
  SeedRole,
  SeedTool,
} from './types'

/**
 * Seed content transcribed from `seed/backend-architect-alternatives.txt`. Every text is the
 * document's own wording, character for character; `tests/unit/seed-content.test.ts` checks it.
 */

export const tools: SeedTool[] = [
  { name: 'Docker', slug: 'docker', url: 'https://www.docker.com', category: 'containers' },
  { name: 'Kubernetes', slug: 'kubernetes', url: 'https://kubernetes.io', category: 'containers' },
  { name: 'Jenkins', slug: 'jenkins', url: 'https://www.jenkins.io', category: 'ci-cd' },
  { name: 'AWS', slug: 'aws', url: 'https://aws.amazon.com', category: 'cloud' },
  { name: 'PostgreSQL', slug: 'postgresql', url: 'https://www.postgresql.org', category: 'database' },
  { name: 'Python', slug: 'python', url: 'https://www.python.org', category: 'language' },
  { name: 'Java', slug: 'java', url: 'https://dev.java', category: 'language' },
  { name: 'Go', slug: 'go', url: 'https://go.dev', category: 'language' },
  { name: 'Spring Boot', slug: 'spring-boot', url: 'https://spring.io/projects/spring-boot', category: 'framework' },
  { name: 'Apache Kafka', slug: 'apache-kafka', url: 'https://kafka.apache.org', category: 'data' },
  { name: 'Spark', slug: 'spark', url: 'https://spark.apache.org', category: 'data' },
  { name: 'React', slug: 'react', url: 'https://react.dev', category: 'framework' },
  { name: 'Node.js', slug: 'nodejs', url: 'https://nodejs.org', category: 'framework' },
  { name: 'Express.js', slug: 'expressjs', url: 'https://expressjs.com', category: 'framework' },
  { name: 'Azure', slug: 'azure', url: 'https://azure.microsoft.com', category: 'cloud' },
  { name: 'Google Cloud', slug: 'google-cloud', url: 'https://cloud.google.com', category: 'cloud' },
  { name: 'Google Cloud Dataflow', slug: 'google-cloud-dataflow', url: 'https://cloud.google.com/dataflow', category: 'data' },
  { name: 'TensorFlow', slug: 'tensorflow', url: 'https://www.tensorflow.org', category: 'machine-learning' },
  { name: 'PyTorch', slug: 'pytorch', url: 'https://pytorch.org', category: 'machine-learning' },
  { name: 'AWS Architecture Center', slug: 'aws-architecture-center', url: 'https://aws.amazon.com/architecture/', category: 'reference' },
]

export const roles: SeedRole[] = [
  {
    name: 'Backend Architect',
    slug: 'backend-architect',
    summary:
      'The Backend Architect Toolkit is specialized for individuals focused on high-level system design, infrastructure, and ensuring the technical foundation of applications is robust and scalable.',
    primaryFocus: 'High-level system design, scalability, reliability',
    keyResponsibility: 'Design and implement backend architectures',
    commonTools: ['kubernetes', 'aws', 'postgresql'],
    bestFor: [],
  },
  {
    name: 'DevOps Engineer',
    slug: 'devops-engineer',
    tagline: 'Bridging development and operations for continuous delivery',
    summary:
      'A DevOps Engineer focuses on optimizing the software development lifecycle through automation, infrastructure management, and continuous integration/continuous delivery (CI/CD) practices.',
    primaryFocus: 'Automation, infrastructure, CI/CD',
    keyResponsibility: 'Implement and maintain CI/CD pipelines',
    commonTools: ['docker', 'kubernetes', 'jenkins'],
    bestFor: [
      'Engineers passionate about automation and efficiency',
      'individuals who enjoy working at the intersection of development and operations',
      'those who thrive on building scalable and resilient systems',
      'professionals interested in cloud technologies and infrastructure as code',
    ],
    learnMore: { tool: 'docker', label: 'Learn more about Docker' },
  },
  {
    name: 'Backend Engineer',
    slug: 'backend-engineer',
    tagline: 'Implementing robust server-side logic and APIs',
    summary:
      'The Backend Engineer toolkit is a direct step towards or away from the Backend Architect role.',
    primaryFocus: 'Server-side logic, APIs, database interaction',
    keyResponsibility: 'Implement backend services and APIs',
    commonTools: ['python', 'java', 'spring-boot'],
    bestFor: [
      'Engineers who enjoy complex system design and problem-solving',
      'individuals passionate about performance, scalability, and reliability',
      'developers who prefer working with data, APIs, and infrastructure',
      'those interested in building the core logic of applications',
    ],
    learnMore: { tool: 'python', label: 'Learn more about Python development' },
  },
  {
    name: 'Data Engineer',
    slug: 'data-engineer',
    tagline: 'Building and optimizing data pipelines and infrastructure',
    summary:
      'A Data Engineer specializes in the design, construction, and maintenance of robust data pipelines and infrastructure.',
    primaryFocus: 'Data pipelines, infrastructure, warehousing',
    keyResponsibility: 'Build and optimize data processing systems',
    commonTools: ['apache-kafka', 'spark', 'postgresql'],
    bestFor: [
      'Individuals passionate about building robust and scalable data infrastructure',
      'problem-solvers who enjoy optimizing data workflows and performance',
      'engineers interested in the intersection of software development and data systems',
      'those focused on data collection, storage, and transformation',
    ],
    learnMore: { tool: 'google-cloud-dataflow', label: 'Learn about Google Cloud Dataflow' },
  },
  {
    name: 'Full Stack Developer',
    slug: 'full-stack-developer',
    tagline: 'Developing across both client and server sides',
    summary:
      'The Full Stack Developer toolkit offers a broader scope than a Backend Architect, encompassing both front-end (client-side) and back-end (server-side) development.',
    primaryFocus: 'End-to-end application development (frontend & backend)',
    keyResponsibility: 'Develop both client and server-side features',
    commonTools: ['react', 'nodejs', 'expressjs'],
    bestFor: [
      'Developers who enjoy working across the full stack',
      'those interested in both front-end and back-end technologies',
      'problem solvers comfortable with multi-functional collaboration',
      'individuals who prefer end-to-end ownership of features',
    ],
    learnMore: { tool: 'react', label: 'Learn more about React' },
  },
  {
    name: 'Cloud Architect',
    slug: 'cloud-architect',
    tagline: 'Designing and overseeing cloud infrastructure solutions',
    summary:
      "A Cloud Architect specializes in designing, planning, and overseeing an organization's cloud computing strategy.",
    primaryFocus: 'Cloud infrastructure strategy, design, and governance',
    keyResponsibility: 'Design and oversee cloud infrastructure',
    commonTools: ['aws', 'azure', 'google-cloud'],
    bestFor: [
      'Experienced engineers focused on cloud infrastructure',
      'professionals interested in strategic cloud adoption',
      'those who enjoy designing highly available and scalable cloud solutions',
      'individuals with a strong understanding of cloud platform services',
    ],
    learnMore: { tool: 'aws-architecture-center', label: 'Explore AWS Architecture Center' },
  },
  {
    name: 'ML Engineer',
    slug: 'ml-engineer',
    tagline: 'Deploying and maintaining machine learning models in production',
    summary:
      'An ML Engineer bridges the gap between data science and software engineering, focusing on designing, building, and maintaining machine learning systems in production.',
    primaryFocus: 'Deploying and maintaining ML models in production',
    keyResponsibility: 'Build and integrate ML systems',
    commonTools: ['tensorflow', 'pytorch', 'kubernetes'],
    bestFor: [
      'Engineers passionate about bringing ML models to production',
      'individuals with strong software engineering and machine learning foundations',
      'professionals who enjoy solving complex, real-world problems with data',
      'those interested in building and deploying intelligent systems',
    ],
    learnMore: { tool: 'tensorflow', label: 'Learn about TensorFlow' },
  },
]

export const alternativesPages: SeedAlternativesPage[] = [
  {
    role: 'backend-architect',
    heading: 'Why look beyond Backend Architect Toolkit',
    intro: [
      "The Backend Architect Toolkit is specialized for individuals focused on high-level system design, infrastructure, and ensuring the technical foundation of applications is robust and scalable. However, the scope of a Backend Architect might not align with every engineer's career trajectory or daily preferences. Some engineers may seek roles with a more direct impact on product features, a broader involvement across the entire software stack, or a deeper specialization in operational aspects or data pipelines.",
      'For example, while Backend Architects design the systems, a DevOps Engineer implements and maintains the CI/CD pipelines and infrastructure, offering a more hands-on operational focus. A Data Engineer, on the other hand, specializes in building and optimizing the data infrastructure that Backend Architects might leverage. Similarly, a Backend Engineer might focus on implementing specific services rather than the overarching system design, and a Full Stack Engineer would encompass both client-side and server-side development. Understanding these distinctions can help in identifying a toolkit that better matches individual interest in development lifecycle stages, specific technical domains, or user interaction levels.',
    ],
    alternatives: [
      {
        role: 'devops-engineer',
        pitch:
          'A DevOps Engineer focuses on optimizing the software development lifecycle through automation, infrastructure management, and continuous integration/continuous delivery (CI/CD) practices. While a Backend Architect designs the system, the DevOps Engineer builds and maintains the infrastructure that allows those designs to be deployed, scaled, and monitored efficiently. This role involves extensive work with cloud platforms, containerization, orchestration tools, and scripting to ensure seamless operations and rapid deployment cycles. It requires a strong understanding of both development and operational concerns, emphasizing reliability, efficiency, and collaboration between teams. Engineers interested in automation, infrastructure as code, and site reliability will find this toolkit a closer match than pure backend architecture.',
        adjacency: 'Highly complementary',
      },
      {
        role: 'backend-engineer',
        pitch:
          'The Backend Engineer toolkit is a direct step towards or away from the Backend Architect role. While a Backend Architect focuses on the high-level design and strategic technical decisions, a Backend Engineer is primarily responsible for the implementation of server-side logic, databases, APIs, and business processes. This role involves writing code, optimizing database queries, and ensuring the performance and security of backend services. It requires deep programming skills in languages like Python, Java, or Go, and a strong understanding of data structures, algorithms, and distributed systems. Engineers who enjoy hands-on coding, problem-solving at the service level, and building the foundational components of applications will find this a suitable alternative.',
        adjacency: 'Directly related (implementation vs. design)',
      },
      {
        role: 'data-engineer',
        pitch:
          'A Data Engineer specializes in the design, construction, and maintenance of robust data pipelines and infrastructure. While Backend Architects design the overall system, Data Engineers focus specifically on how data is collected, stored, processed, and made accessible for analysis and applications. This role often involves working with big data technologies, distributed databases, stream processing systems, and data warehousing solutions. It requires strong programming skills, an understanding of data modeling, and expertise in distributed computing. This toolkit is ideal for engineers who are passionate about data integrity, performance, and building the foundational data layers that support various applications and analytical needs.',
        adjacency: "Leverages data architects' output",
      },
      {
        role: 'full-stack-developer',
        pitch:
          "The Full Stack Developer toolkit offers a broader scope than a Backend Architect, encompassing both front-end (client-side) and back-end (server-side) development. While a Backend Architect focuses exclusively on the server-side architecture, a Full Stack Developer is proficient in designing user interfaces, implementing client-side logic, and building server-side APIs and databases. This role requires versatility across multiple programming languages, frameworks, and tools. It's suitable for engineers who enjoy working on all layers of an application, from database to user interface, and value the ability to independently build and deploy complete features. This can be a rewarding path for those who like seeing their work translate directly into user-facing experiences.",
        adjacency: 'Broader scope, includes backend',
      },
      {
        role: 'cloud-architect',
        pitch:
          "A Cloud Architect specializes in designing, planning, and overseeing an organization's cloud computing strategy. While a Backend Architect designs the application-level backend systems, a Cloud Architect focuses on the underlying cloud infrastructure that hosts these systems. This role involves selecting appropriate cloud services (IaaS, PaaS, SaaS), ensuring security, compliance, scalability, and cost-effectiveness within cloud environments like AWS, Azure, or Google Cloud. It requires deep knowledge of cloud service offerings, networking, security, and infrastructure as code. This toolkit is well-suited for professionals who want to focus exclusively on leveraging cloud platforms to build resilient and efficient environments for applications.",
        adjacency: 'Closely related (infrastructure for backend systems)',
      },
      {
        role: 'ml-engineer',
        pitch:
          'An ML Engineer bridges the gap between data science and software engineering, focusing on designing, building, and maintaining machine learning systems in production. While a Backend Architect designs general-purpose backend systems, an ML Engineer specializes in the backend infrastructure required for machine learning models, including data pipelines for training, model serving, and monitoring. This role requires strong programming skills, an understanding of machine learning principles, and expertise in deploying scalable and reliable ML services. It is ideal for engineers who want to apply software engineering best practices to the lifecycle of machine learning models, ensuring they are integrated effectively into larger applications and systems.',
        adjacency: 'Specialized backend focus',
      },
    ],
    tableSelfLabel: 'Core role',
    howToPickIntro:
      'Choosing an alternative to a Backend Architect Toolkit depends on your specific career goals, technical interests, and the type of problems you enjoy solving. Consider the following decision points:',
  },
]

export const decisionQuestions: SeedDecisionQuestion[] = [
  {
    question: 'Are you passionate about automating infrastructure and deployment processes?',
    guidance:
      'If your interest lies in the operational aspects of software delivery, ensuring systems are resilient, and optimizing CI/CD pipelines, the DevOps Engineer Toolkit might be a strong fit. This path emphasizes tools like Kubernetes and Jenkins, focusing on the seamless flow of code from development to production.',
    recommends: 'devops-engineer',
    shownOn: ['backend-architect'],
  },
  {
    question: 'Do you prefer hands-on coding and implementing specific services rather than high-level system design?',
    guidance:
      'If you enjoy writing the actual code for APIs, business logic, and database interactions, the Backend Engineer Toolkit is a natural progression or specialization. This role focuses on the detailed implementation that brings architectural designs to life, often involving languages like Go or Python and frameworks such as Spring Boot.',
    recommends: 'backend-engineer',
    shownOn: ['backend-architect'],
  },
  {
    question: 'Is your primary interest in managing and optimizing large datasets and data flows?',
    guidance:
      'For engineers who thrive on building robust data pipelines, ensuring data integrity, and working with distributed data systems, the Data Engineer Toolkit is appropriate. This involves technologies like Apache Kafka and distributed databases, focusing on making data accessible and performant for analytical and application needs.',
    recommends: 'data-engineer',
    shownOn: ['backend-architect'],
  },
  {
    question: 'Do you enjoy working across the entire application stack, from user interface to database?',
    guidance:
      'If you prefer to have a hand in both front-end and back-end development, seeing a feature through from concept to deployment, consider the Full Stack Developer Toolkit. This role offers broad exposure and requires proficiency in a wide range of technologies, from React on the client side to Node.js on the server side.',
    recommends: 'full-stack-developer',
    shownOn: ['backend-architect'],
  },
  {
    question: 'Are you focused exclusively on designing and managing cloud infrastructure?',
    guidance:
      'If your passion lies in leveraging cloud services to build scalable, secure, and cost-effective environments, the Cloud Architect Toolkit is highly relevant. This path involves deep expertise in platforms such as AWS, Azure, or Google Cloud, focusing on strategic cloud adoption and infrastructure design.',
    recommends: 'cloud-architect',
    shownOn: ['backend-architect'],
  },
  {
    question: 'Are you interested in deploying and managing machine learning models in production environments?',
    guidance:
      'If you want to apply software engineering principles to the lifecycle of AI models, from training to serving and monitoring, the ML Engineer Toolkit is a specialized alternative. This involves tools like TensorFlow or PyTorch, focusing on building scalable and reliable intelligent systems.',
    recommends: 'ml-engineer',
    shownOn: ['backend-architect'],
  },
]

export const seedContent: SeedContent = { tools, roles, alternativesPages, decisionQuestions }
