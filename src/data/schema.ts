/**
 * The shape of every file under data/. Build-time and test-time only: the browser never ships this
 * module (it receives the matrix already validated, see scripts/build-matrix.ts).
 *
 * Objects are strict, so a misspelt key fails instead of being ignored. Cross-file rules (a source
 * that is cited, a distro that exists, a version that is listed) live in cross-checks.ts.
 */
import { z } from "zod";

/** Placeholder for a fact nobody could source. Shown as "unknown", never guessed. */
const UNKNOWN = "unknown";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, "expected a lower-case id such as python-slim");

/** A calendar date. The regex gives the format; the refinement rejects 2026-02-30. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: "expected a real calendar date",
    },
  );

const pythonVersion = z
  .string()
  .regex(/^3\.\d{1,2}$/, "expected a Python minor version such as 3.13");

export const ARCHITECTURES = [
  "amd64",
  "arm64",
  "arm/v7",
  "ppc64le",
  "s390x",
  "riscv64",
  "386",
] as const;
export const LIBCS = ["glibc", "musl"] as const;
export const PACKAGE_MANAGERS = ["apt", "apk", "dnf", "microdnf", "none"] as const;
/** Each family has its own Dockerfile generator in src/generators/. */
export const FAMILIES = [
  "official-python",
  "distro-python",
  "uv-python",
  "distroless",
  "chainguard",
  "dhi",
  "ubi",
  "ubi-minimal",
  "chiselled",
  "amazon-linux",
  "wolfi",
] as const;

/** Where a fact comes from: the page and the day somebody read it. */
export const sourceSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  url: z.url({ protocol: /^https$/ }),
  read: isoDate,
});

/**
 * A sourced fact: `value` with the id of the source that states it, or the literal "unknown" with a
 * note saying what was looked for.
 */
function fact<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value: z.union([value, z.literal(UNKNOWN)]),
    source: slug.optional(),
    note: z.string().min(1).optional(),
  });
}

/**
 * When support ends: a published date, or a rule (the end is an event, such as "when Debian 14 is
 * released") with an optional estimate of its date. An estimate is never a published date: wherever
 * it is shown it is labelled as one, with its basis. Wrapped in a fact, the end can also be unknown.
 */
/** Text that ends up in a Dockerfile comment: one line. */
const oneLine = z
  .string()
  .min(1)
  .regex(/^[^\r\n]*$/, "expected one line of text");

export const supportEndSchema = z.union([
  z.strictObject({
    date: isoDate.describe("The published end date: the last day of support."),
  }),
  z.strictObject({
    rule: oneLine.describe("What ends support, when that is an event rather than a date."),
    estimate: z
      .strictObject({
        date: isoDate,
        basis: oneLine.describe("Why this date is expected."),
      })
      .optional()
      .describe(
        "An estimate of the rule's date, not a published date: show it labelled as an estimate, with its basis.",
      ),
  }),
]);

/** A sourced end of support, or "unknown" with a note saying what was looked for. */
const supportEnd = fact(supportEndSchema);

const variantSchema = z.strictObject({
  id: slug,
  /** runtime: the default final image; debug: adds a shell for troubleshooting; build: for building only. */
  purpose: z.enum(["runtime", "debug", "build"]),
  /** Image reference; `{python}` stands for the Python minor version. */
  reference: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9./:_{}-]*$/,
      "expected an image reference such as python:{python}-slim-trixie",
    ),
  adds: z.string().min(1),
  shell: fact(z.boolean()),
  packageManager: fact(z.enum(PACKAGE_MANAGERS)),
  compilers: fact(z.boolean()),
  /** The UID the image runs as by default; 0 is root. */
  user: fact(z.int().min(0)),
  /** The ENTRYPOINT the image sets; an empty list means none. */
  entrypoint: fact(z.array(z.string().min(1))),
});

export const criterionRatingSchema = z.strictObject({
  score: z
    .int({ error: "expected a whole number 1-5" })
    .min(1, { error: "expected 1-5" })
    .max(5, { error: "expected 1-5" }),
  rationale: z.string().min(1),
});

export const imageSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  family: z.enum(FAMILIES),
  summary: z.string().min(1),
  /** end-of-life entries stay in the matrix to explain why they are no longer recommended. */
  status: z.enum(["supported", "end-of-life"]),
  /** Id of an entry in data/distros.json. */
  distro: slug,
  /**
   * Ends that are neither the distro's nor upstream Python's. `image`: when the publisher stops
   * rebuilding the image's tags (docker-library drops a Debian variant when the next Debian ships;
   * distroless ends three months after it). `python`: a Python's end in this image when it is its
   * own (an Application Stream on RHEL), keyed by version. The earliest of all ends counts.
   */
  lifecycle: z
    .strictObject({
      image: supportEnd.optional(),
      python: z.record(pythonVersion, supportEnd).optional(),
    })
    .optional(),
  libc: fact(z.enum(LIBCS)),
  python: z.strictObject({
    /**
     * official-tags: one tag per version; distro-package: the distro's own Python; uv-managed:
     * installed by uv; latest-only: one moving tag; distro-versioned: the distro packages several
     * Python minors side by side (python3.12, python-3.12), each ending with upstream's end.
     */
    provision: z.enum([
      "official-tags",
      "distro-package",
      "uv-managed",
      "vendor-tags",
      "latest-only",
      "distro-versioned",
    ]),
    versions: fact(z.array(pythonVersion).min(1)),
    interpreter: fact(z.string().regex(/^\/[\w./-]*$/, "expected an absolute path")),
  }),
  variants: z.array(variantSchema).min(1),
  architectures: fact(z.array(z.enum(ARCHITECTURES)).min(1)),
  size: z.strictObject({
    /** Uncompressed MB of the base image alone (no app, no packages), linux/amd64. */
    mb: fact(z.number().positive()),
    measuredTag: z.string().min(1),
    estimate: z.boolean(),
  }),
  access: z.strictObject({
    login: fact(z.boolean()),
    notes: z.string().min(1),
  }),
  ratings: z.record(slug, criterionRatingSchema),
  sources: z.array(sourceSchema).min(1),
});

export const criteriaSchema = z.strictObject({
  criteria: z
    .array(
      z.strictObject({
        id: slug,
        label: z.string().min(1),
        description: z.string().min(1),
      }),
    )
    .min(1),
});

export const distrosSchema = z.strictObject({
  distros: z
    .array(
      z.strictObject({
        id: slug,
        name: z.string().min(1),
        /** End of free public security updates (Debian: LTS end; Ubuntu: standard support end). */
        endOfLife: supportEnd,
        eolMeaning: z.string().min(1),
        /** The Python the distro ships, which the distro keeps patched until its own end of life. */
        python: fact(pythonVersion),
        /** Whether that Python is marked externally managed (PEP 668), so pip refuses to install into it. */
        pythonExternallyManaged: fact(z.boolean()).optional(),
      }),
    )
    .min(1),
  sources: z.array(sourceSchema).min(1),
});

export const pythonReleasesSchema = z.strictObject({
  releases: z
    .array(
      z.strictObject({
        version: pythonVersion,
        /** Upstream's end of security fixes for this minor version. */
        endOfLife: supportEnd,
      }),
    )
    .min(1),
  sources: z.array(sourceSchema).min(1),
});

export const toolsSchema = z.strictObject({
  tools: z.array(
    z.strictObject({
      id: slug,
      /** The version or range the generated files pin. */
      pin: fact(z.string().regex(/^[0-9A-Za-z.,<>=*-]+$/, "expected a version or a range")),
      reference: z.string().optional(),
    }),
  ),
  sources: z.array(sourceSchema).min(1),
});

const optionSchema = z.strictObject({
  value: z.string().min(1),
  label: z.string().min(1),
  help: z.string().min(1).optional(),
});

export const questionsSchema = z.strictObject({
  questions: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][A-Za-z]*$/, "expected an Answers field name"),
        group: z.enum(["python", "needs", "priorities", "build", "run"]),
        label: z.string().min(1),
        help: z.string().min(1),
        detail: z.string().min(1).optional(),
        options: z.array(optionSchema).optional(),
      }),
    )
    .min(1),
});

/**
 * Notes about the matrix as a whole (data/notes.json), such as why a well-known image is not a
 * candidate. The page and the exports show them with their sources.
 */
export const notesSchema = z.strictObject({
  notes: z.array(
    z.strictObject({
      id: slug,
      title: z.string().min(1),
      text: z.string().min(1),
      /** Id of the entry in this file's sources that states it. */
      source: slug,
    }),
  ),
  sources: z.array(sourceSchema),
});

export const metaSchema = z.strictObject({
  dataVersion: z
    .string()
    .regex(
      /^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/,
      "expected a version such as 2026.11.27 or 2026.11.27.2",
    ),
});

export type Source = z.infer<typeof sourceSchema>;
export type ImageEntry = z.infer<typeof imageSchema>;
export type Variant = z.infer<typeof variantSchema>;
export type Criterion = z.infer<typeof criteriaSchema>["criteria"][number];
export type Distro = z.infer<typeof distrosSchema>["distros"][number];
export type PythonRelease = z.infer<typeof pythonReleasesSchema>["releases"][number];
export type Tool = z.infer<typeof toolsSchema>["tools"][number];
export type Question = z.infer<typeof questionsSchema>["questions"][number];
export type MatrixNote = z.infer<typeof notesSchema>["notes"][number];
export type Fact<T> = { value: T | typeof UNKNOWN; source?: string; note?: string };
export type SupportEndValue = z.infer<typeof supportEndSchema>;

/** Everything the engine reads, assembled from data/ and validated. */
export type Matrix = {
  dataVersion: string;
  criteria: Criterion[];
  images: ImageEntry[];
  distros: Distro[];
  distroSources: Source[];
  pythonReleases: PythonRelease[];
  pythonSources: Source[];
  tools: Tool[];
  toolSources: Source[];
  questions: Question[];
  /** Packages with compiled parts, for the requirements analysis. */
  packages: PackageEntry[];
  /** Notes about the matrix as a whole; optional so that matrices assembled in code need none. */
  notes?: MatrixNote[];
  noteSources?: Source[];
};

const versionText = z
  .string()
  .regex(/^\d+(?:\.\d+){0,3}$/, "expected a release version such as 2.1.0");
const systemPackages = z.strictObject({
  apt: z.array(z.string().regex(/^[a-z0-9][a-z0-9.+-]*$/, "expected a Debian package name")),
  apk: z.array(z.string().regex(/^[a-z0-9][a-z0-9._+-]*$/, "expected an Alpine package name")),
});

/**
 * One package with compiled parts (data/packages/<name>.json): per range of its releases, the Python
 * versions it supports and the wheels it publishes; the system libraries it needs.
 */
export const packageSchema = z.strictObject({
  /** The PEP 503 normalised name (lower case, runs of -_. as one -). */
  name: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a PEP 503 normalised name"),
  summary: z.string().min(1),
  /** Pure-Python packages are listed only for advisories: one py3-none-any wheel fits everywhere. */
  pure: z.boolean(),
  releases: z.array(
    z.strictObject({
      /** Inclusive lower bound of the range of releases this entry describes. */
      from: versionText,
      /** Exclusive upper bound; absent for the newest range. */
      until: versionText.optional(),
      /** The Python minor versions this range publishes wheels for (and supports at all). */
      python: fact(z.array(pythonVersion).min(1)),
      /** Wheels per platform: PEP 600 manylinux (glibc) and PEP 656 musllinux, x86_64 and aarch64. */
      wheels: z.strictObject({
        manylinux_x86_64: fact(z.boolean()),
        manylinux_aarch64: fact(z.boolean()),
        musllinux_x86_64: fact(z.boolean()),
        musllinux_aarch64: fact(z.boolean()),
      }),
    }),
  ),
  /** Shared libraries the installed package needs at run time that a slim or minimal image may lack. */
  runtimeLibraries: fact(systemPackages),
  /** What building from source needs: compilers and -dev headers. */
  buildDependencies: fact(systemPackages),
  /**
   * The PEP 503 name of a package with the same releases as self-contained wheels (bundling the
   * system libraries), for images that cannot install those libraries.
   */
  wheelAlternative: fact(
    z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a PEP 503 normalised name"),
  ).optional(),
  advisories: z.array(
    z.strictObject({
      id: z
        .string()
        .regex(
          /^(CVE-\d{4}-\d{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3}|PYSEC-\d{4}-\d+)$/,
          "expected a CVE, GHSA or PYSEC id",
        ),
      /** Releases before this version are affected. */
      fixedIn: versionText,
      /** The oldest Python minor version the fixing release supports, where it dropped older ones. */
      fixedInNeedsPython: fact(pythonVersion).optional(),
      summary: z.string().min(1),
      source: slug,
    }),
  ),
  notes: z.array(z.string().min(1)),
  sources: z.array(sourceSchema).min(1),
});

export type PackageEntry = z.infer<typeof packageSchema>;

/** The whole matrix as exported to matrix.json (and described by matrix.schema.json). */
export const matrixSchema = z.strictObject({
  dataVersion: metaSchema.shape.dataVersion,
  criteria: criteriaSchema.shape.criteria,
  images: z.array(imageSchema),
  distros: distrosSchema.shape.distros,
  distroSources: distrosSchema.shape.sources,
  pythonReleases: pythonReleasesSchema.shape.releases,
  pythonSources: pythonReleasesSchema.shape.sources,
  tools: toolsSchema.shape.tools,
  toolSources: toolsSchema.shape.sources,
  questions: questionsSchema.shape.questions,
  packages: z.array(packageSchema),
  notes: notesSchema.shape.notes.optional(),
  noteSources: notesSchema.shape.sources.optional(),
});
