"""Benchmark ``skillmatch rank`` and a single cold run, as a user runs them (whole process).

Generates N varied synthetic resumes (PDF, DOCX and TXT; one and two columns;
300-900 words; skills drawn from the shipped taxonomy) and a role into a temp
folder, then times, over several runs (median):

- ``skillmatch rank ROLE FOLDER --format csv --output ...`` with ``--no-ner`` and
  (when the bundled model is installed) with ``--ner``;
- a single cold ``skillmatch RESUME.pdf ROLE`` with and without the NER.

Peak memory is the largest sum over the process tree (the CLI and its workers),
sampled with psutil: RSS (counts pages shared by forked workers once per process,
so it over-states) and PSS (shares them out; the honest total).

Usage (from the repo root)::

    python scripts/bench.py                 # 1,000 resumes, 3 runs
    python scripts/bench.py -n 200 --runs 1 # quick look
    python scripts/bench.py --keep bench-corpus --profile   # keep files; pyinstrument one run

Needs fpdf2, python-docx and psutil (``pip install psutil``); psutil is used by this
script only, never by the package.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

FALLBACK_SKILLS = (
    "Python Java Go Rust C++ C# TypeScript JavaScript Kotlin Scala Ruby PHP SQL Bash "
    "Django Flask FastAPI Spring Boot React Angular Vue.js Node.js Express GraphQL "
    "PostgreSQL MySQL MongoDB Redis Elasticsearch Cassandra DynamoDB SQLite Kafka RabbitMQ "
    "Docker Kubernetes Terraform Ansible Jenkins GitHub Actions GitLab CI AWS Azure GCP "
    "Prometheus Grafana Datadog Splunk Linux Git Jira Pandas NumPy PyTorch TensorFlow "
    "scikit-learn Spark Airflow Snowflake Tableau Excel Agile Scrum REST gRPC OAuth"
).split()
FIRST = "Alex Sam Jordan Priya Chen Maria Tomasz Aisha Kenji Lena Omar Ines Ravi Zoe".split()
LAST = "Rivera Okafor Novak Tanaka Schmidt Haddad Silva Kowalski Moreau Patel Larsen".split()
COMPANIES = "Acme Globex Initech Umbrella Hooli Vandelay Stark Wayne Tyrell Cyberdyne".split()
TITLES = [
    "Software Engineer",
    "Backend Engineer",
    "Data Engineer",
    "Platform Engineer",
    "Full Stack Developer",
    "DevOps Engineer",
    "Senior Developer",
    "Tech Lead",
]
VERBS = [
    "Built",
    "Designed",
    "Led",
    "Migrated",
    "Maintained",
    "Automated",
    "Scaled",
    "Introduced",
    "Optimised",
    "Rewrote",
    "Operated",
    "Delivered",
]
THINGS = [
    "the billing service",
    "an internal API",
    "the data pipeline",
    "a search feature",
    "the deployment process",
    "customer dashboards",
    "a reporting system",
    "the mobile backend",
    "event ingestion",
    "the payments platform",
]
FILLER = [
    "Worked closely with product managers and designers to scope features.",
    "Mentored junior engineers and ran weekly code reviews.",
    "Reduced incident count by improving monitoring and on-call runbooks.",
    "Wrote technical documentation and onboarding guides for new team members.",
    "Took part in hiring, interviewing and shaping the engineering ladder.",
    "Presented architecture proposals to stakeholders across the company.",
    "Improved test coverage and cut the release cycle from weeks to days.",
    "Collaborated with support to resolve escalated customer issues quickly.",
]


# ----------------------------------------------------------------- corpus


def skill_pool() -> list[str]:
    """Skill names from the shipped taxonomy's hand-curated layer (fallback: a fixed list)."""
    try:
        from skillmatch.taxonomy import load_taxonomy

        taxonomy = load_taxonomy()
        names = sorted(
            s.name
            for s in taxonomy.skills.values()
            if getattr(s, "layer", "core") == "core" and s.name.isascii() and len(s.name) > 1
        )
        if len(names) >= 50:
            return names
    except Exception as exc:  # noqa: BLE001 - the bench must run even on a broken checkout
        print(f"note: taxonomy not loaded ({exc}); using a fixed skill list", file=sys.stderr)
    return list(FALLBACK_SKILLS)


@dataclass
class Resume:
    name: str
    contact: str
    sidebar: list[tuple[str, list[str]]]  # (heading, lines): skills, education, contact
    main: list[tuple[str, list[str]]]  # (heading, lines): summary, experience, projects

    def text(self) -> str:
        parts = [self.name, self.contact, ""]
        for heading, lines in self.main + self.sidebar:
            parts += [heading, *lines, ""]
        return "\n".join(parts)


def make_resume(rng: random.Random, pool: list[str]) -> Resume:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    handle = name.lower().replace(" ", ".")
    contact = f"{handle}@example.com | +44 7700 9{rng.randint(10000, 99999)} | github.com/{handle}"
    skills = rng.sample(pool, rng.randint(8, 20))
    target = rng.randint(300, 900)
    jobs: list[str] = []
    year = 2025
    words = 0
    n_jobs = rng.randint(2, 5)
    for _ in range(n_jobs):
        start = year - rng.randint(1, 4)
        jobs.append(f"{rng.choice(TITLES)}, {rng.choice(COMPANIES)} Ltd, {start} - {year}")
        for _ in range(rng.randint(3, 6)):
            used = ", ".join(rng.sample(skills, min(len(skills), rng.randint(1, 3))))
            jobs.append(f"- {rng.choice(VERBS)} {rng.choice(THINGS)} using {used}.")
        year = start
    summary = [
        f"{rng.choice(TITLES)} with {2025 - year} years of experience building software "
        f"with {', '.join(skills[:3])}."
    ]
    projects: list[str] = []
    words = len(" ".join(summary + jobs + skills).split())
    while words < target:
        line = rng.choice(FILLER)
        if rng.random() < 0.3:
            line += f" Used {rng.choice(skills)} and {rng.choice(pool)}."
        (jobs if rng.random() < 0.6 else projects).append(line)
        words += len(line.split())
    sidebar = [
        ("Skills", [", ".join(skills[i : i + 4]) for i in range(0, len(skills), 4)]),
        ("Education", [f"BSc Computer Science, University of {rng.choice(LAST)}, {year - 4}"]),
    ]
    main = [("Summary", summary), ("Experience", jobs)]
    if projects:
        main.append(("Projects", projects))
    return Resume(name, contact, sidebar, main)


def write_txt(resume: Resume, path: Path) -> None:
    path.write_text(resume.text(), encoding="utf-8")


def write_pdf(resume: Resume, path: Path, two_columns: bool) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 9, resume.name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=9)
    pdf.cell(0, 6, resume.contact, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def block(sections: list[tuple[str, list[str]]], width: float | None = None) -> None:
        for heading, lines in sections:
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(width or 0, 6, heading, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=9)
            for line in lines:
                pdf.multi_cell(width or 0, 4.5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)

    if two_columns:
        with pdf.text_columns(ncols=2, gutter=8, balance=False) as cols:
            for heading, lines in resume.sidebar + resume.main:
                cols.write(text=heading + "\n")
                cols.write(text="\n".join(lines) + "\n\n")
    else:
        block(resume.main + resume.sidebar)
    pdf.output(str(path))


def write_docx(resume: Resume, path: Path, two_columns: bool) -> None:
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_heading(resume.name, level=1)
    document.add_paragraph(resume.contact)
    if two_columns:
        section = document.sections[0]
        cols = section._sectPr.xpath("./w:cols")
        element = cols[0] if cols else section._sectPr.makeelement(qn("w:cols"), {})
        element.set(qn("w:num"), "2")
        if not cols:
            section._sectPr.append(element)
    for heading, lines in resume.main + resume.sidebar:
        document.add_heading(heading, level=2)
        for line in lines:
            document.add_paragraph(line)
    document.save(str(path))


def make_corpus(folder: Path, n: int, seed: int) -> tuple[Path, Path, list[str]]:
    """``n`` resumes in ``folder/resumes`` and a role; returns (resumes, role, skills)."""
    rng = random.Random(seed)
    pool = skill_pool()
    resumes = folder / "resumes"
    resumes.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        resume = make_resume(rng, pool)
        kind = i % 10
        stem = resumes / f"cv{i:05d}"
        if kind < 4:
            write_pdf(resume, stem.with_suffix(".pdf"), two_columns=kind % 2 == 1)
        elif kind < 7:
            write_docx(resume, stem.with_suffix(".docx"), two_columns=kind == 6)
        else:
            write_txt(resume, stem.with_suffix(".txt"))
    wanted = rng.sample(pool, 8)
    role = folder / "role.txt"
    role.write_text(
        "Senior Backend Engineer\n\nRequirements\n"
        + "".join(f"- Experience with {s}.\n" for s in wanted[:5])
        + "- 3+ years of professional experience.\n\nNice to have\n"
        + "".join(f"- {s}.\n" for s in wanted[5:]),
        encoding="utf-8",
    )
    return resumes, role, pool


# ----------------------------------------------------------------- measuring


class TreeMemory:
    """Sample the whole process tree: peak of the summed RSS and of the summed PSS."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak_rss = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        tick = 0
        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                break
            rss = pss = 0
            for proc in procs:
                try:
                    rss += proc.memory_info().rss
                    if tick % 4 == 0:
                        pss += proc.memory_full_info().pss
                except psutil.Error:
                    continue
            self.peak_rss = max(self.peak_rss, rss)
            if tick % 4 == 0:
                self.peak_pss = max(self.peak_pss, pss)
            tick += 1
            self._stop.wait(self.interval)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def command() -> list[str]:
    exe = Path(sys.executable).with_name("skillmatch")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "skillmatch"]


def timed(args: list[str], cwd: Path) -> tuple[float, int, int, int, float]:
    """Run one whole process; (seconds, exit code, peak RSS sum, peak PSS sum, CPU seconds).

    CPU seconds (user + system of the whole tree, from the kernel's accounting of
    waited-for children) make a loaded machine visible: wall time suffers, CPU does not.
    """
    import resource

    env = {**os.environ, "NO_COLOR": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [*command(), *args], cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    memory = TreeMemory(proc.pid)
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    memory.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    return seconds, proc.returncode, memory.peak_rss, memory.peak_pss, cpu


def median_run(args: list[str], cwd: Path, runs: int, label: str) -> dict[str, float]:
    times, rss, pss, cpus = [], [], [], []
    for i in range(runs):
        seconds, _, peak_rss, peak_pss, cpu = timed(args, cwd)
        times.append(seconds)
        rss.append(peak_rss)
        pss.append(peak_pss)
        cpus.append(cpu)
        print(
            f"  {label} run {i + 1}: {seconds:.2f} s (CPU {cpu:.2f} s), peak RSS "
            f"{peak_rss / 2**20:.0f} MB, PSS {peak_pss / 2**20:.0f} MB",
            file=sys.stderr,
        )
    return {
        "seconds": statistics.median(times),
        "cpu_seconds": statistics.median(cpus),
        "min_seconds": min(times),
        "peak_rss_mb": max(rss) / 2**20,
        "peak_pss_mb": max(pss) / 2**20,
    }


def ner_installed() -> bool:
    try:
        from skillmatch.ner import model_available

        return model_available()
    except Exception:  # noqa: BLE001
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=1000, help="resumes to generate (default 1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--cold-runs", type=int, default=5, help="runs of the single cold match")
    parser.add_argument("--jobs", type=int, default=None, help="pass --jobs to rank")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this folder")
    parser.add_argument("--no-ner-only", action="store_true", help="skip the NER measurements")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also run rank once under pyinstrument with --jobs 1 (needs it)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="skillmatch-bench-"))
    try:
        resumes = folder / "resumes"
        role = folder / "role.txt"
        existing = len(list(resumes.glob("cv*"))) if resumes.is_dir() else 0
        if existing != args.n or not role.exists():
            if resumes.is_dir():
                shutil.rmtree(resumes)
            started = time.perf_counter()
            make_corpus(folder, args.n, args.seed)
            print(
                f"generated {args.n} resumes in {time.perf_counter() - started:.1f} s ({folder})",
                file=sys.stderr,
            )
        kinds = {s: len(list(resumes.glob(f"*{s}"))) for s in (".pdf", ".docx", ".txt")}
        out = folder / "out.csv"
        ner_modes = [False] if args.no_ner_only or not ner_installed() else [False, True]
        if not ner_installed() and not args.no_ner_only:
            print("note: NER model not installed; NER figures skipped", file=sys.stderr)
        figures: dict[str, object] = {
            "n": args.n,
            "files": kinds,
            "cores": os.cpu_count(),
            "jobs": args.jobs,
            "runs": args.runs,
        }
        # Prime the taxonomy cache once, as any second run of a user's would find it.
        timed(["taxonomy", "check"], folder)

        def rank_args(flag: str) -> list[str]:
            return [
                "rank",
                str(role),
                str(resumes),
                "--format",
                "csv",
                "--output",
                str(out),
                flag,
                "--quiet",
            ]

        for ner in ner_modes:
            flag = "--ner" if ner else "--no-ner"
            rank = rank_args(flag)
            if args.jobs:
                rank += ["--jobs", str(args.jobs)]
            result = median_run(rank, folder, args.runs, f"rank {flag}")
            result["resumes_per_s"] = args.n / result["seconds"]
            result["s_per_1000"] = result["seconds"] * 1000 / args.n
            result["cpu_ms_per_resume"] = result["cpu_seconds"] * 1000 / args.n
            figures[f"rank {flag}"] = result
            single = [str(next(iter(sorted(resumes.glob("*.pdf"))))), str(role), flag]
            figures[f"single {flag}"] = median_run(single, folder, args.cold_runs, f"single {flag}")
        if args.profile:
            profile = folder / "rank-profile.txt"
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pyinstrument",
                    "-o",
                    str(profile),
                    "-m",
                    "skillmatch",
                    *rank_args("--no-ner"),
                    "--jobs",
                    "1",
                ],
                cwd=folder,
                check=False,
            )
            print(f"profile: {profile}", file=sys.stderr)
        report(figures, args.json)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


def report(figures: dict[str, object], as_json: bool) -> None:
    if as_json:
        print(json.dumps(figures, indent=2))
        return
    print(
        f"{figures['n']} resumes {figures['files']}, {figures['cores']} cores, "
        f"median of {figures['runs']} runs"
    )
    print(
        "| run | seconds (median) | resumes/s | s per 1,000 | CPU s (all processes) "
        "| CPU ms per resume | peak RSS sum | peak PSS sum |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for key, value in figures.items():
        if not isinstance(value, dict) or "seconds" not in value:
            continue
        rate = f"{value['resumes_per_s']:.0f}" if "resumes_per_s" in value else "-"
        per = f"{value['s_per_1000']:.1f}" if "s_per_1000" in value else "-"
        cpu_per = f"{value['cpu_ms_per_resume']:.1f}" if "cpu_ms_per_resume" in value else "-"
        print(
            f"| {key} | {value['seconds']:.2f} | {rate} | {per} | {value['cpu_seconds']:.2f} | "
            f"{cpu_per} | {value['peak_rss_mb']:.0f} MB | {value['peak_pss_mb']:.0f} MB |"
        )


if __name__ == "__main__":
    main()
