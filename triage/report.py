"""The redaction report for the privacy team (OUT/report.html) and the
markdown summary (Prefect artifact, CLI). Both read masked columns only."""
from __future__ import annotations

import re
from pathlib import Path

from jinja2 import Environment, select_autoescape
from markupsafe import Markup, escape

from . import store

_PLACEHOLDER = re.compile(r"&lt;([A-Z_]+?)_(\d+)&gt;")


def highlight(masked_text: str | None) -> Markup:
    """Escape the masked text, then mark each placeholder by its type."""
    escaped = str(escape(masked_text or ""))
    return Markup(_PLACEHOLDER.sub(r'<mark class="pii \1" title="\1">&lt;\1_\2&gt;</mark>', escaped))


_TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Triage report {{ s.run_id }}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;max-width:70rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}
th{background:#f3f3f3}pre{white-space:pre-wrap;background:#fafafa;border:1px solid #eee;padding:.6rem}
mark.pii{background:#ffe08a;border-radius:3px;padding:0 2px}mark.EMAIL_ADDRESS,mark.PHONE_NUMBER{background:#b8e0ff}
mark.STREET_ADDRESS{background:#c9f2c9}mark.PERSON{background:#ffd1dc}
details{margin:.4rem 0;border-bottom:1px solid #eee}.tag{display:inline-block;background:#eef;border-radius:3px;padding:0 .4rem;margin-right:.3rem}
</style></head><body>
<h1>Triage report</h1>
<p>Run <code>{{ s.run_id }}</code>: {{ s.new_messages }} new messages, {{ s.new_documents }} new documents,
{{ s.duplicates_skipped }} already stored, {{ s.quarantined_this_run }} quarantined.</p>
<h2>Summary</h2>
<table><tr><th>Messages</th><td>{{ s.messages }}</td></tr><tr><th>Documents</th><td>{{ s.documents }}</td></tr>
<tr><th>Privacy requests</th><td>{{ s.privacy_requests }}</td></tr><tr><th>Ordinary work</th><td>{{ s.ordinary }}</td></tr>
<tr><th>Open cases</th><td>{{ s.open_cases }}</td></tr><tr><th>Tasks assigned (delivered) / to retry / waiting</th><td>{{ s.tasks_assigned }} ({{ s.tasks_delivered }}) / {{ s.tasks_retry }} / {{ s.tasks_waiting }}</td></tr>
<tr><th>Drafts</th><td>{{ s.drafts }}</td></tr><tr><th>Egress attempts: sent / refused / failed</th><td>{{ s.egress_sent }} / {{ s.egress_refused }} / {{ s.egress_failed }}</td></tr>
<tr><th>Review queue</th><td>{{ s.review_queue }}</td></tr><tr><th>Quarantined</th><td>{{ s.quarantined }}</td></tr>
<tr><th>Entities masked</th><td>{{ s.entities_masked }}</td></tr></table>
<h2>Requests by type</h2><table><tr><th>Type</th><th>Messages</th></tr>
{% for t, n in s.by_type.items() %}<tr><td>{{ t }}</td><td>{{ n }}</td></tr>{% endfor %}</table>
<h2>Ordinary work by category</h2><table><tr><th>Category</th><th>Messages</th></tr>
{% for c, n in s.by_category.items() %}<tr><td>{{ c }}</td><td>{{ n }}</td></tr>{% endfor %}</table>
<h2>Entities masked by type</h2><table><tr><th>Type</th><th>Count</th></tr>
{% for t, n in entity_counts %}<tr><td>{{ t }}</td><td>{{ n }}</td></tr>{% endfor %}</table>
<h2>Privacy cases</h2><table><tr><th>Case</th><th>Types</th><th>Law</th><th>Received</th><th>Due</th><th>Status</th></tr>
{% for c in cases %}<tr><td>{{ c[0] }}</td><td>{{ c[1]|join(', ') }}</td><td>{{ c[2] }}</td><td>{{ c[3].date() }}</td><td><b>{{ c[4] }}</b></td><td>{{ c[5] }}</td></tr>{% endfor %}</table>
<h2>Egress refused or failed</h2><table><tr><th>Processor</th><th>Decision</th><th>Reason</th><th>Attempts</th></tr>
{% for e in egress %}<tr><td>{{ e[0] }}</td><td>{{ e[1] }}</td><td>{{ e[2] }}</td><td>{{ e[3] }}</td></tr>{% endfor %}</table>
<h2>Quarantine</h2><table><tr><th>Source</th><th>Reason</th></tr>
{% for q in quarantine %}<tr><td>{{ q[0] }}</td><td>{{ q[1] }}</td></tr>{% endfor %}</table>
<h2>Messages (masked)</h2>
{% for m in messages %}<details><summary><span class="tag">{{ m.channel }}</span>{{ highlight(m.subject) }}
 &mdash; {% if m.types %}<b>{{ m.types|join(', ') }}</b>{% else %}{{ m.category or 'unclassified' }}{% endif %}
 {% if m.needs_review %}<span class="tag">review</span>{% endif %} ({{ m.entities }} entities)</summary>
<p>From {{ highlight(m.sender) }} &middot; {{ m.received }} &middot; {{ m.source }}</p><pre>{{ highlight(m.body) }}</pre>
{% for d in m.docs %}<p>Attachment {{ highlight(d[0]) }}{% if d[2] %}: <i>{{ d[2] }}</i>{% endif %}</p>{% if d[1] %}<pre>{{ highlight(d[1]) }}</pre>{% endif %}{% endfor %}
</details>{% endfor %}
<h2>Uploaded documents (masked)</h2>
{% for d in uploads %}<details><summary>{{ highlight(d[0]) }}</summary><pre>{{ highlight(d[1]) }}</pre></details>{% endfor %}
</body></html>
"""


def write_report(db_path: str, out_dir: str, summary: dict) -> Path:
    con = store.open_store(db_path)
    with con:
        messages = []
        rows = con.execute(
            """SELECT m.message_id, m.channel, m.subject_masked, m.body_masked, m.sender_name_masked,
                      m.sender_email_masked, m.received_at, m.source, c.privacy_types, c.category, c.needs_review,
                      (SELECT count(*) FROM entities e WHERE e.item_id = m.message_id)
               FROM messages m LEFT JOIN classifications c USING (message_id) ORDER BY m.received_at""").fetchall()
        for mid, channel, subject, body, sname, semail, received, source, types, category, review, n in rows:
            docs = con.execute("SELECT filename_masked, text_masked, error FROM documents WHERE message_id = ?",
                               [mid]).fetchall()
            messages.append(dict(channel=channel, subject=subject, body=body, sender=f"{sname} {semail}".strip(),
                                 received=received, source=source, types=types or [], category=category,
                                 needs_review=review, entities=n, docs=docs))
        context = dict(
            s=summary, messages=messages, highlight=highlight,
            cases=con.execute("""SELECT case_id, request_types, jurisdiction, received_at, due_date, status
                                 FROM privacy_cases ORDER BY due_date""").fetchall(),
            egress=con.execute("""SELECT processor_id, decision, reason, count(*) FROM egress_audit
                                  WHERE decision <> 'sent' OR http_status IS NULL OR http_status >= 300
                                  GROUP BY ALL ORDER BY 4 DESC, 1""").fetchall(),
            quarantine=con.execute("SELECT source_masked, reason FROM quarantine ORDER BY quarantined_at").fetchall(),
            uploads=con.execute("SELECT filename_masked, text_masked FROM documents WHERE message_id IS NULL ORDER BY source").fetchall(),
            entity_counts=con.execute("SELECT entity_type, count(*) FROM entities GROUP BY 1 ORDER BY 2 DESC").fetchall(),
        )
    html = Environment(autoescape=select_autoescape(default=True)).from_string(_TEMPLATE).render(**context)
    path = Path(out_dir) / "report.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return path


def summary_markdown(summary: dict) -> str:
    lines = ["# Triage summary", "", f"Run `{summary['run_id']}`", "", "| measure | count |", "|---|---|"]
    for key in ("new_messages", "new_documents", "duplicates_skipped", "quarantined_this_run", "messages",
                "documents", "privacy_requests", "ordinary", "open_cases", "tasks_assigned", "tasks_delivered",
                "tasks_retry", "tasks_waiting", "review_queue", "quarantined", "entities_masked", "drafts",
                "egress_sent", "egress_refused", "egress_failed"):
        if key in summary:
            lines.append(f"| {key.replace('_', ' ')} | {summary[key]} |")
    lines += ["", "| request type | messages |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in summary["by_type"].items()]
    lines += ["", "| category | messages |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in summary["by_category"].items()]
    return "\n".join(lines) + "\n"
