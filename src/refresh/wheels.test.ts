import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { newestRelease, parseSimpleProject, releaseWheels } from "./pypi-simple.ts";
import { minorSatisfies } from "./requires-python.ts";
import { minorsServed, parseLinuxPlatform, parseWheelName, wheelPlatform } from "./wheel-tags.ts";

const MINORS = ["3.8", "3.9", "3.10", "3.11", "3.12", "3.13", "3.14", "3.15"];
const project = (name: string) =>
  parseSimpleProject(
    name,
    readFileSync(new URL(`./fixtures/pypi/${name}.json`, import.meta.url), "utf8"),
  );

describe("wheel file names (PEP 427) and tags (PEP 425)", () => {
  it("splits a name with a build tag and compressed tag sets", () => {
    expect(
      parseWheelName("pkg-1.0-1b-py2.py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"),
    ).toEqual({
      version: "1.0",
      pythonTags: ["py2", "py3"],
      abiTags: ["none"],
      platformTags: ["manylinux_2_17_x86_64", "manylinux2014_x86_64"],
    });
    expect(parseWheelName("pkg-1.0.tar.gz")).toBeUndefined();
    expect(parseWheelName("pkg-1.0-py3-none.whl")).toBeUndefined();
  });

  it("reads manylinux per PEP 600 with its legacy aliases, and musllinux per PEP 656", () => {
    expect(parseLinuxPlatform("manylinux_2_28_aarch64")).toEqual({
      libc: "glibc",
      minimum: "2.28",
      arch: "aarch64",
    });
    expect(parseLinuxPlatform("manylinux1_x86_64")?.minimum).toBe("2.5");
    expect(parseLinuxPlatform("manylinux2010_x86_64")?.minimum).toBe("2.12");
    expect(parseLinuxPlatform("manylinux2014_aarch64")?.minimum).toBe("2.17");
    expect(parseLinuxPlatform("musllinux_1_2_x86_64")).toEqual({
      libc: "musl",
      minimum: "1.2",
      arch: "x86_64",
    });
    expect(parseLinuxPlatform("linux_x86_64")).toBeUndefined();
    expect(parseLinuxPlatform("macosx_11_0_arm64")).toBeUndefined();
    expect(wheelPlatform("manylinux_2_17_i686")).toBeUndefined();
    expect(wheelPlatform("musllinux_1_1_aarch64")).toBe("musllinux_aarch64");
  });

  it("knows which CPython minors a python/abi pair serves", () => {
    expect(minorsServed("cp312", "cp312", MINORS)).toEqual(["3.12"]);
    expect(minorsServed("cp310", "abi3", MINORS)).toEqual([
      "3.10",
      "3.11",
      "3.12",
      "3.13",
      "3.14",
      "3.15",
    ]);
    expect(minorsServed("cp313", "cp313t", MINORS)).toEqual([]);
    expect(minorsServed("py3", "none", MINORS)).toEqual(MINORS);
    expect(minorsServed("py311", "none", MINORS)).toEqual(["3.11", "3.12", "3.13", "3.14", "3.15"]);
    expect(minorsServed("pp310", "pypy310_pp73", MINORS)).toEqual([]);
    expect(minorsServed("cp37", "cp37m", ["3.7"])).toEqual(["3.7"]);
  });
});

describe("requires-python", () => {
  it("admits a minor when some release of it satisfies the specifier", () => {
    expect(minorSatisfies(">=3.9", "3.9")).toBe(true);
    expect(minorSatisfies(">=3.9", "3.8")).toBe(false);
    expect(minorSatisfies(">=3.9.2", "3.9")).toBe(true);
    expect(minorSatisfies(">=3.8,<3.13", "3.13")).toBe(false);
    expect(minorSatisfies(">=3.8,!=3.9.*", "3.9")).toBe(false);
    expect(minorSatisfies("~=3.10", "3.14")).toBe(true);
    expect(minorSatisfies("~=3.10.1", "3.11")).toBe(false);
    expect(minorSatisfies(">=3.13.0a1", "3.13")).toBeUndefined();
  });
});

describe("a release's wheels from the Simple API", () => {
  it("reads the newest final release of a range, past pre-releases and yanked files", () => {
    const crypto = project("cryptography");
    expect(newestRelease(crypto, "50.0.0", undefined)).toBe("51.0.0");
    expect(newestRelease(crypto, "50.0.0", "51.0.0")).toBe("50.0.0");
    expect(newestRelease(crypto, "60.0.0", undefined)).toBeUndefined();
  });

  it("expands abi3 wheels to later minors within requires-python; free-threaded wheels count for none", () => {
    const wheels = releaseWheels(project("cryptography"), "51.0.0", MINORS);
    expect(wheels.python).toEqual(["3.10", "3.11", "3.12", "3.13", "3.14", "3.15"]);
    expect(Object.values(wheels.wheels).map((w) => w.value)).toEqual([true, true, true, true]);
    expect(wheels.minimum).toEqual({ glibc: "2.17", musl: "1.2" });
  });

  it("says unknown, naming the minors, when only some minors have a platform's wheel", () => {
    const wheels = releaseWheels(project("greenlet"), "3.2.0", MINORS);
    expect(wheels.python).toEqual(["3.9", "3.10", "3.11", "3.12", "3.13", "3.14"]);
    expect(wheels.wheels.manylinux_aarch64).toEqual({ value: true });
    expect(wheels.wheels.musllinux_aarch64).toEqual({
      value: "unknown",
      note: "3.2.0 has musllinux_aarch64 wheels for CPython 3.12, 3.13, 3.14 only.",
    });
  });

  it("gives a source-only release its requires-python minors and no Linux wheel", () => {
    const wheels = releaseWheels(project("mysqlclient"), "2.2.7", MINORS);
    expect(wheels.python).toEqual(MINORS);
    expect(Object.values(wheels.wheels).map((w) => w.value)).toEqual([false, false, false, false]);
  });

  it("lets one pure wheel serve every platform", () => {
    const wheels = releaseWheels(project("flask"), "3.1.1", MINORS);
    expect(wheels.python).toEqual(MINORS.slice(1));
    expect(Object.values(wheels.wheels).map((w) => w.value)).toEqual([true, true, true, true]);
  });
});
