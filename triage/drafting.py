"""Drafting: the acknowledgement of a privacy request and the brief of a task.

`Drafter` is the interface. `TemplateDrafter` (the default) works offline:
per request type the legal deadline, the next steps and what the requester
must provide; for a task, a brief for the provider. `ChatDrafter` asks an
OpenAI-compatible chat completions API, through the egress guard, to write
the same from the masked message and the template draft; when the guard
refuses or the API fails, the template draft stands.

Drafters read masked text only and return MaskedText: a draft holds
placeholders until a person opens it to send (triage/drafts.py)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from redaction.egress import CHAT, EgressGuard, Outgoing
from redaction.masked import KnownValues, MaskedText


@dataclass(frozen=True)
class MessageView:
    """What a drafter reads of a message: masked columns only."""

    message_id: str
    sender_name: str        # masked: '<PERSON_1>' or ''
    subject: str
    body: str
    language: str
    data_region: str


@dataclass(frozen=True)
class CaseFacts:
    case_id: str
    types: tuple[str, ...]
    jurisdiction: str
    received_at: datetime
    due_date: date


@dataclass(frozen=True)
class TaskFacts:
    task_id: str
    category: str
    language: str
    skills: tuple[str, ...]


@dataclass(frozen=True)
class Draft:
    text: MaskedText
    drafter: str            # 'templates', 'chat:<model>', or 'templates (AI drafting refused)'...


@dataclass(frozen=True)
class DraftJob:
    kind: str               # 'acknowledgement' (facts: CaseFacts) or 'task_brief' (facts: TaskFacts)
    message: MessageView
    facts: CaseFacts | TaskFacts
    known: KnownValues

    @property
    def subject_id(self) -> str:
        return self.facts.case_id if self.kind == "acknowledgement" else self.facts.task_id


class Drafter(Protocol):
    name: str

    def draft_many(self, jobs: list[DraftJob]) -> list[Draft]:
        """One draft per job, in order (a batch: one round of egress)."""


# ---- templates ------------------------------------------------------------
@dataclass(frozen=True)
class RequestType:
    title: str
    gdpr: str
    ccpa: str
    next_step: str
    provide: str


IDENTITY = ("Confirmation that the request is yours: reply from the e-mail address registered with your "
            "account, or sign in and confirm it under Settings > Privacy.")

REQUEST_TYPES = {
    "access": RequestType(
        "Access to your personal data", "GDPR Art. 15", "CCPA right to know",
        "We will compile a copy of the personal data we hold about you (account, orders, messages, payments) "
        "with the purposes, the recipients, how long we keep it and where we got it.", IDENTITY),
    "deletion": RequestType(
        "Deletion of your personal data", "GDPR Art. 17", "CCPA right to delete",
        "We will delete your account data, except records the law obliges us to keep (invoices and payment "
        "records, deleted when their retention period ends), and ask the providers who worked for you to "
        "delete theirs.", IDENTITY + " Please also tell us whether the whole account should go or only some data."),
    "correction": RequestType(
        "Correction of your personal data", "GDPR Art. 16", "CCPA right to correct",
        "We will correct the data and inform everyone we shared it with.",
        "Which data is wrong and what it should say; for a changed legal name or date of birth, a document "
        "that shows it (you may black out everything else)."),
    "portability": RequestType(
        "A copy of your data to take elsewhere", "GDPR Art. 20", "CCPA right to know, portable copy",
        "We will export the data you gave us and the data your use of the platform produced, in JSON and CSV.",
        IDENTITY + " If we should send it to another service directly, please name it."),
    "restriction": RequestType(
        "Restriction of processing", "GDPR Art. 18", "CCPA right to limit the use of sensitive data",
        "We will mark the data so that it is only stored, not otherwise used, while the restriction applies, "
        "and tell you before we lift it.",
        "Which data or processing the restriction should cover, and why (accuracy contested, processing "
        "unlawful, needed for a legal claim, or an objection pending)."),
    "objection": RequestType(
        "Objection to processing", "GDPR Art. 21", "CCPA rights to opt out and to limit",
        "We will stop the processing you object to unless we have compelling legitimate grounds, which we "
        "would explain to you; an objection to direct marketing takes effect without exception.",
        "Which processing you object to (for example profiling, ranking or analytics) and, except for direct "
        "marketing, the reasons that concern your particular situation."),
    "opt_out": RequestType(
        "Opt-out of marketing and of selling or sharing", "GDPR Art. 21(2) and ePrivacy rules",
        "CCPA right to opt out of sale or sharing",
        "We will stop marketing messages and any selling or sharing of your personal information within "
        "15 business days at the latest.",
        "Nothing else: an opt-out needs no proof of identity. If you use several accounts or addresses, "
        "tell us which."),
    "other_privacy": RequestType(
        "Your privacy question", "GDPR Art. 12 to 22", "the CCPA",
        "Our data protection officer will review your message and answer it.",
        "Nothing for now; we will write if we need more information."),
}

DEADLINES = {
    "GDPR": "one month from receipt (GDPR Art. 12(3)). If the request is complex we may extend this by two "
            "further months; we would tell you why within the first month.",
    "CCPA": "45 days from receipt (CCPA). We may extend this once by 45 days where reasonably necessary; "
            "we would tell you within the first 45 days.",
}


# Outgoing text holds no ISO dates, statute numbers or hex ids: seven digits in a row read
# as a phone number to the egress guard's rescan (as to the detector), and the payload is refused.
def long_date(day: date) -> str:
    """'3 December 2026'."""
    return f"{day.day} {day:%B %Y}"


def reference(case_id: str) -> str:
    """The case reference the customer sees, in letters: 'case-5291772874e9' -> 'TB-FCJB-HHCI-HEOJ'."""
    letters = "".join("ABCDEFGHIJKLMNOP"[int(c, 16)] for c in case_id.removeprefix("case-"))
    return "TB-" + "-".join(letters[i:i + 4] for i in range(0, len(letters), 4))


class TemplateDrafter:
    name = "templates"

    def draft_many(self, jobs: list[DraftJob]) -> list[Draft]:
        return [self.draft(job) for job in jobs]

    def draft(self, job: DraftJob) -> Draft:
        if job.kind == "acknowledgement":
            return self.acknowledgement(job.message, job.facts, job.known)
        return self.task_brief(job.message, job.facts, job.known)

    def acknowledgement(self, message: MessageView, case: CaseFacts, known: KnownValues) -> Draft:
        kinds = [REQUEST_TYPES.get(t, REQUEST_TYPES["other_privacy"]) for t in case.types] or \
            [REQUEST_TYPES["other_privacy"]]
        law = case.jurisdiction if case.jurisdiction in DEADLINES else "GDPR"
        rights = "; ".join(f"{k.title} ({k.ccpa if law == 'CCPA' else k.gdpr})" for k in kinds)
        lines = [
            f"Subject: Your privacy request, reference {reference(case.case_id)}",
            "",
            f"Dear {message.sender_name.strip() or 'customer'},",
            "",
            f"thank you for your message of {long_date(case.received_at.date())}. We have registered your "
            f"request under reference {reference(case.case_id)}: {rights}.",
            "",
            f"We will answer by {long_date(case.due_date)}: {DEADLINES[law]}",
            "",
            "Next steps:",
            *[f"- {k.next_step}" for k in kinds],
            "",
            "What we need from you:",
            *[f"- {p}" for p in dict.fromkeys(k.provide for k in kinds)],
            "",
            "Kind regards,",
            "Taskbridge Privacy Team",
            "privacy@taskbridge.example",
        ]
        return Draft(known.mask("\n".join(lines)), self.name)

    def task_brief(self, message: MessageView, task: TaskFacts, known: KnownValues) -> Draft:
        lines = [
            "Task brief",
            f"Category: {task.category}. Language: {task.language}. "
            f"Skills asked for: {', '.join(task.skills) or 'none named'}.",
            "",
            "The customer wrote (personal data is masked: <PERSON_1>, <EMAIL_ADDRESS_1> and the like stand "
            "for values Taskbridge keeps; do not try to find them out):",
            "",
            f"Subject: {message.subject}",
            "",
            message.body.strip(),
            "",
            "Reply and deliver through the Taskbridge task thread only, and ask there for anything you need.",
        ]
        return Draft(known.mask("\n".join(lines)), self.name)


# ---- an OpenAI-compatible chat completions API -------------------------------
SYSTEM_RULES = ("Personal data in the text is masked with placeholders such as <PERSON_1> or <EMAIL_ADDRESS_1>. "
                "Keep every placeholder exactly as written, never guess what one stands for, and never add "
                "names, addresses, phone numbers or other contact details. Reply with the text only.")
SYSTEM_ACK = ("You draft replies for the privacy team of Taskbridge, an outsourcing marketplace. Write the "
              "acknowledgement of the customer's privacy request in the language of their message; keep the "
              "reference, the legal deadline, the next steps and what the customer must provide from the "
              "template. " + SYSTEM_RULES)
SYSTEM_BRIEF = ("You write task briefs for freelance providers on Taskbridge, an outsourcing marketplace: what "
                "the customer wants, the deliverables, constraints and open questions, in English. " + SYSTEM_RULES)


class ChatDrafter:
    """Drafts with a chat completions API behind the egress guard; the
    template draft is its starting point and its fallback."""

    def __init__(self, guard: EgressGuard, processor_id: str, model: str,
                 fallback: TemplateDrafter | None = None) -> None:
        self.guard, self.processor_id, self.model = guard, processor_id, model
        self.fallback = fallback or TemplateDrafter()
        self.name = f"chat:{model}"

    def acknowledgement(self, message: MessageView, case: CaseFacts, known: KnownValues) -> Draft:
        return self.draft_many([DraftJob("acknowledgement", message, case, known)])[0]

    def task_brief(self, message: MessageView, task: TaskFacts, known: KnownValues) -> Draft:
        return self.draft_many([DraftJob("task_brief", message, task, known)])[0]

    def draft_many(self, jobs: list[DraftJob]) -> list[Draft]:
        templates = self.fallback.draft_many(jobs)
        results = self.guard.send_many([self._request(job, template) for job, template in zip(jobs, templates)])
        drafts = []
        for job, template, result in zip(jobs, templates, results):
            text = _completion_text(result.response) if result.delivered else None
            if text:
                drafts.append(Draft(job.known.mask(text), self.name))
            elif result.delivered:
                drafts.append(Draft(template.text, "templates (AI reply unreadable)"))
            else:
                status = f", HTTP {result.http_status}" if result.http_status else ""
                drafts.append(Draft(template.text, f"templates (AI drafting {result.decision}{status})"))
        return drafts

    def _request(self, job: DraftJob, template: Draft) -> Outgoing:
        message, facts = job.message, job.facts
        request = f"The customer's message:\nSubject: {message.subject}\n\n{message.body}"
        if job.kind == "acknowledgement":
            system = SYSTEM_ACK
            prompt = (f"Request types: {', '.join(facts.types) or 'other_privacy'}. Law: {facts.jurisdiction}. "
                      f"Language of the message: {message.language}.\n\nTemplate:\n{template.text.text}\n\n{request}")
        else:
            system = SYSTEM_BRIEF
            prompt = f"Category: {facts.category}. Skills: {', '.join(facts.skills) or 'none'}.\n\n{request}"
        return Outgoing(self.processor_id, "drafting", message.data_region,
                        {"system": job.known.mask(system), "user": job.known.mask(prompt)},
                        protocol=CHAT, subject_id=job.subject_id)


def _completion_text(response: bytes | None) -> str | None:
    try:
        text = json.loads(response or b"")["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return text.strip() if isinstance(text, str) and text.strip() else None
