import { type Answers, defaultAnswers } from "../src/answers.ts";

/**
 * The seed article's example: a Flask app using requests, numpy and pandas, with a /health route,
 * started with `python app.py` on port 5000, with the article's pinned requirements.
 */
export const ARTICLE_PRESET: Answers = {
  ...defaultAnswers,
  nativeDeps: "wheels",
  appKind: "web",
  port: 5000,
  healthPath: "/health",
  command: "python app.py",
  requirements: "flask==2.3.3\nrequests==2.31.0\nnumpy==1.24.3\npandas==2.0.3\n",
};
