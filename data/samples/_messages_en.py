"""English sample messages (hand-written; all personal data invented).

Each dict is one inbox message.  Keys:
  fmt            "eml" | "json" | "jsonl"  (jsonl: also "jsonl" = file name)
  slug / id      eml file-name slug (numbered by the builder) / helpdesk id HD-#####
  channel, lang, privacy, category, hn (hard negative), jurisdiction (default GDPR if privacy)
  date           (local time, IANA zone)
  from           (display name, e-mail)
  subject, body  exact strings; body is stripped of the leading newline and gets one trailing newline
  html           also add a text/html alternative (eml)
  charset, cte   body charset / transfer encoding (eml)
  attachments    [{"filename", "kind": pdf|docx|txt|csv, "source"}]
  pii            [(TYPE, value)] - every occurrence of each value in every part is labelled by the builder
  style          tags used for coverage checks: legal, agent, chain, buried, oneliner
  allow          tokens the builder's heuristic name/leak checks should ignore for this message
"""

PRIVACY_TO = "Taskbridge Privacy <privacy@taskbridge.example>"

MESSAGES = [
    # ------------------------------------------------------------------ formal SAR, UK
    dict(
        fmt="eml", slug="access_request_art15", channel="email", lang="en",
        privacy=["access"], category=None, style=["legal"], to=PRIVACY_TO,
        date=("2026-10-02 08:47", "Europe/London"),
        **{"from": ("Eleanor Whitfield", "e.whitfield@mailbox.example")},
        subject="Subject Access Request under Article 15 UK GDPR",
        body="""
Dear Sir or Madam,

Subject access request - Article 15 UK GDPR

I am a registered customer of Taskbridge (account ACC-304918) and I am writing to exercise my right of access under Article 15 of the UK General Data Protection Regulation.

Please provide me with:

1. confirmation of whether you process personal data concerning me;
2. a copy of that personal data, including the messages exchanged with providers through your platform, my order history and any notes made by your support staff;
3. the purposes of the processing and the categories of personal data concerned;
4. the recipients or categories of recipients to whom the data have been disclosed, in particular any providers outside the UK;
5. the envisaged retention period;
6. the source of any data not collected from me; and
7. whether any automated decision-making, including profiling, is applied to my account (for example in how providers are recommended to me), with meaningful information about the logic involved.

To help you locate my records: I registered with this e-mail address in 2024, my date of birth is 12 March 1984 and my postal address is 14 Larch Grove, Harrogate HG2 0LP. Orders placed under my account include ORD-2026-118204 (brochure translation).

I expect a response within one month of receipt, as required by Article 12(3). Please send the information electronically to this address.

Yours faithfully,

Eleanor Whitfield
14 Larch Grove
Harrogate HG2 0LP
07700 900418
""",
        pii=[("PERSON", "Eleanor Whitfield"), ("EMAIL_ADDRESS", "e.whitfield@mailbox.example"),
             ("ACCOUNT_ID", "ACC-304918"), ("ACCOUNT_ID", "ORD-2026-118204"),
             ("DATE_OF_BIRTH", "12 March 1984"),
             ("STREET_ADDRESS", "14 Larch Grove, Harrogate HG2 0LP"), ("STREET_ADDRESS", "14 Larch Grove"),
             ("STREET_ADDRESS", "Harrogate HG2 0LP"), ("PHONE_NUMBER", "07700 900418")],
    ),
    # ------------------------------------------------------------------ casual deletion one-liner
    dict(
        fmt="eml", slug="delete_account", cte="7bit", channel="email", lang="en",
        privacy=["deletion"], category=None, style=["oneliner"], mailer="iPhone Mail (22B91)",
        date=("2026-10-04 22:41", "Europe/London"),
        **{"from": ("Jake Donnelly", "jake.d88@webmail.example")},
        subject="delete account",
        body="""
hi, please delete my taskbridge account and whatever data you've got on me, don't use it anymore. cheers
Jake

Sent from my iPhone
""",
        pii=[("PERSON", "Jake Donnelly"), ("PERSON", "Jake"), ("EMAIL_ADDRESS", "jake.d88@webmail.example")],
    ),
    # ------------------------------------------------------------------ access + portability, provider leaving
    dict(
        fmt="eml", slug="copy_and_export_request", channel="email", lang="en", html=True,
        privacy=["access", "portability"], category=None, style=["legal"], to=PRIVACY_TO,
        date=("2026-10-06 10:12", "Europe/London"), mailer="Mozilla Thunderbird 140.3",
        **{"from": ("Priya Raman", "priya.raman@studio-mail.example")},
        subject="Request for a copy of my data + export (Art. 15 & 20 GDPR)",
        body="""
Hi Taskbridge team,

I've been working as a freelance illustrator on Taskbridge since 2023 (provider account ACC-552187, public profile @priya.draws). I'm winding down my profile at the end of the year and moving my clients to my own studio site, so before I go I'd like two things:

1) Under Article 15 GDPR, a copy of all personal data you hold about me - including the identity verification data, payout history and any internal notes or risk scores attached to my account.

2) Under Article 20 GDPR, my data in a structured, machine-readable format (JSON or CSV is fine): my profile text, the portfolio items I uploaded, my completed orders with the briefs, all client reviews I received, and my invoices (INV-2026-04471 and later).

If possible, please put the export behind a download link rather than attaching it to an email. My phone is +44 7700 900263 if you need to verify anything by call.

Thanks a lot,
Priya Raman
Illustration & Editorial Design
priya.raman@studio-mail.example
""",
        pii=[("PERSON", "Priya Raman"), ("EMAIL_ADDRESS", "priya.raman@studio-mail.example"),
             ("ACCOUNT_ID", "ACC-552187"), ("USERNAME", "@priya.draws"), ("ACCOUNT_ID", "INV-2026-04471"),
             ("PHONE_NUMBER", "+44 7700 900263")],
    ),
    # ------------------------------------------------------------------ CCPA right to know (base64 body)
    dict(
        fmt="eml", slug="ccpa_request_to_know", channel="email", lang="en", cte="base64",
        privacy=["access"], category=None, jurisdiction="CCPA", style=["legal"], to=PRIVACY_TO,
        date=("2026-10-08 16:20", "America/Los_Angeles"), mailer="Microsoft Outlook 16.0",
        **{"from": ("Marcus Bell", "marcus.bell@pacificmail.example")},
        subject="California Consumer Privacy Act - Request to Know",
        body="""
To whom it may concern,

I am a California resident and a customer of Taskbridge. Pursuant to the California Consumer Privacy Act, as amended by the CPRA (Cal. Civ. Code §1798.100 and §1798.110), I request that you disclose to me:

- the categories of personal information you have collected about me in the past 12 months;
- the categories of sources from which it was collected;
- the business or commercial purpose for collecting, selling or sharing it;
- the categories of third parties to whom you disclosed it; and
- the specific pieces of personal information you hold about me.

My account e-mail is marcus.bell@pacificmail.example and my account number is ACC-618340. I can be reached at (510) 555-0147 or by mail at 2218 Fruitvale Ave, Oakland, CA 94601.

Please respond within the 45 days provided by §1798.130.

Sincerely,
Marcus Bell
""",
        pii=[("PERSON", "Marcus Bell"), ("EMAIL_ADDRESS", "marcus.bell@pacificmail.example"),
             ("ACCOUNT_ID", "ACC-618340"), ("PHONE_NUMBER", "(510) 555-0147"),
             ("STREET_ADDRESS", "2218 Fruitvale Ave, Oakland, CA 94601")],
    ),
    # ------------------------------------------------------------------ CCPA opt-out + deletion
    dict(
        fmt="eml", slug="do_not_sell_and_delete", channel="email", lang="en",
        privacy=["deletion", "opt_out"], category=None, jurisdiction="CCPA", style=["legal"], to=PRIVACY_TO,
        date=("2026-10-12 09:03", "America/Los_Angeles"), mailer="Gmail-style webmail",
        **{"from": ("Danielle Ortiz", "dani.ortiz@sunmail.example")},
        subject="Do Not Sell or Share My Personal Information + deletion request",
        body="""
Hello,

I live in San Diego, California, and I'm exercising two rights under the CCPA/CPRA:

1. Opt-out of sale/sharing (Civ. Code §1798.120): do not sell or share my personal information, including for cross-context behavioral advertising. Ad pixels from your site have been following me around since I browsed logo designers last month.

2. Deletion (Civ. Code §1798.105): please delete the personal information you collected from me and direct your service providers and contractors to do the same. My only order (ORD-2026-130977) was closed in September and nothing is outstanding.

Account email: dani.ortiz@sunmail.example
Phone on file: 619-555-0183

My browser also sends the Global Privacy Control signal, which I expect you to honor. Please confirm in writing once both requests have been completed.

Thank you,
Danielle Ortiz
""",
        pii=[("PERSON", "Danielle Ortiz"), ("EMAIL_ADDRESS", "dani.ortiz@sunmail.example"),
             ("ACCOUNT_ID", "ORD-2026-130977"), ("PHONE_NUMBER", "619-555-0183")],
    ),
    # ------------------------------------------------------------------ CCPA authorised agent, PDF attached
    dict(
        fmt="eml", slug="authorized_agent_ccpa", channel="email", lang="en",
        privacy=["access", "deletion"], category=None, jurisdiction="CCPA", style=["legal", "agent"],
        to=PRIVACY_TO, date=("2026-10-14 11:37", "America/Los_Angeles"), mailer="Microsoft Outlook 16.0",
        **{"from": ("Tomás Reyes", "t.reyes@clearrights-agents.example")},
        subject="Authorized agent request on behalf of Linda Nguyen - CCPA Right to Know and Right to Delete",
        body="""
Dear Taskbridge Privacy Team,

ClearRights Consumer Services is the authorized agent of Ms. Linda Nguyen, a California resident, within the meaning of Cal. Civ. Code §1798.185 and 11 CCR §7063. Her signed permission is attached (authorization_letter.pdf).

On her behalf we request that Taskbridge:

(a) disclose the specific pieces of personal information it has collected about her (Right to Know, §1798.110); and
(b) after providing that copy, delete her personal information (Right to Delete, §1798.105).

Consumer details for matching:
Name: Linda Nguyen
Email: linda.nguyen.sac@webmail.example
Phone: (916) 555-0162
Address: 4807 Alder Creek Way, Sacramento, CA 95823
Taskbridge account: ACC-471209

Ms. Nguyen can confirm this request directly with you if you need to verify her identity; please do not ask her to create a new account for that purpose. Please send all further correspondence to me at this address.

Regards,

Tomás Reyes
Authorized Agent - Case Manager
ClearRights Consumer Services
1650 Capitol Mall, Suite 300, Sacramento, CA 95814
+1 916 555 0128
""",
        attachments=[dict(filename="authorization_letter.pdf", kind="pdf", source="""
# Authorization of Agent - California Consumer Privacy Act
I, Linda Nguyen, residing at 4807 Alder Creek Way, Sacramento, CA 95823, hereby authorize ClearRights Consumer Services, represented by Tomás Reyes, to submit a request to know and a request to delete on my behalf to Taskbridge under Cal. Civ. Code §1798.100 et seq.

Consumer information
Full name: Linda Thuy Nguyen
Date of birth: 02/17/1979
Email: linda.nguyen.sac@webmail.example
Phone: (916) 555-0162
Taskbridge account: ACC-471209

This authorization is valid for 12 months from the date below.

Signature: Linda T. Nguyen
Date: October 9, 2026
""")],
        pii=[("PERSON", "Tomás Reyes"), ("EMAIL_ADDRESS", "t.reyes@clearrights-agents.example"),
             ("PERSON", "Linda Nguyen"), ("PERSON", "Linda Thuy Nguyen"), ("PERSON", "Linda T. Nguyen"),
             ("PERSON", "Nguyen"),
             ("EMAIL_ADDRESS", "linda.nguyen.sac@webmail.example"), ("PHONE_NUMBER", "(916) 555-0162"),
             ("STREET_ADDRESS", "4807 Alder Creek Way, Sacramento, CA 95823"), ("ACCOUNT_ID", "ACC-471209"),
             ("STREET_ADDRESS", "1650 Capitol Mall, Suite 300, Sacramento, CA 95814"),
             ("PHONE_NUMBER", "+1 916 555 0128"), ("DATE_OF_BIRTH", "02/17/1979")],
    ),
    # ------------------------------------------------------------------ UK solicitor as agent, DOCX attached
    dict(
        fmt="eml", slug="solicitor_sar_on_behalf", channel="email", lang="en",
        privacy=["access"], category=None, style=["legal", "agent"], to=PRIVACY_TO,
        date=("2026-10-15 14:05", "Europe/London"), mailer="Microsoft Outlook 16.0",
        **{"from": ("Harriet Coles", "h.coles@ashdownmaddox-law.example")},
        subject="Our client: Mr Daniel Achebe - Subject Access Request (Art. 15 UK GDPR)",
        body="""
Dear Data Protection Officer,

We act for Mr Daniel Achebe of 22 Wellington Terrace, Bristol BS8 4LD, who was a provider on your platform until July 2026 (account ACC-239775).

Our client has authorised us to make a subject access request on his behalf under Article 15 of the UK GDPR. A signed letter of authority is attached.

We request copies of all personal data relating to our client, including but not limited to:
(i) records of the suspension of his account on 3 July 2026 and the reasons for it;
(ii) all complaints received about him and the results of his identity verification;
(iii) internal correspondence referring to him by name or account number; and
(iv) any scoring or ranking data used to determine his visibility in search results.

For identification purposes, our client's date of birth is 9 November 1987 and his National Insurance number is JG 10 37 42 B.

Please provide your response within one calendar month to this firm, quoting our reference HC/2026/0917. We would be grateful if you would acknowledge receipt of this request.

Yours faithfully,

Harriet Coles
Solicitor
Ashdown Maddox LLP
5 Queen Square, Bristol BS1 4JQ
Tel: 0117 496 0382
h.coles@ashdownmaddox-law.example
""",
        attachments=[dict(filename="letter_of_authority.docx", kind="docx", source="""
# Letter of Authority
To: Taskbridge - Data Protection Officer
I, Daniel Achebe, of 22 Wellington Terrace, Bristol BS8 4LD, authorise Ashdown Maddox LLP to request and receive on my behalf all personal data held about me by Taskbridge, pursuant to Article 15 UK GDPR.
Full name: Daniel Chukwuemeka Achebe
Date of birth: 09/11/1987
National Insurance number: JG 10 37 42 B
Taskbridge account: ACC-239775
Email used on the platform: dan.achebe@inboxmail.example
Mobile: 07700 900771
Signed: D. C. Achebe
Date: 14 October 2026
""")],
        pii=[("PERSON", "Harriet Coles"), ("EMAIL_ADDRESS", "h.coles@ashdownmaddox-law.example"),
             ("PERSON", "Daniel Achebe"), ("PERSON", "Daniel Chukwuemeka Achebe"), ("PERSON", "D. C. Achebe"),
             ("STREET_ADDRESS", "22 Wellington Terrace, Bristol BS8 4LD"), ("ACCOUNT_ID", "ACC-239775"),
             ("DATE_OF_BIRTH", "9 November 1987"), ("DATE_OF_BIRTH", "09/11/1987"),
             ("NATIONAL_ID", "JG 10 37 42 B"), ("STREET_ADDRESS", "5 Queen Square, Bristol BS1 4JQ"),
             ("PHONE_NUMBER", "0117 496 0382"), ("EMAIL_ADDRESS", "dan.achebe@inboxmail.example"),
             ("PHONE_NUMBER", "07700 900771")],
    ),
    # ------------------------------------------------------------------ correction (name change + address)
    dict(
        fmt="eml", slug="wrong_name_on_invoices", channel="email", lang="en",
        privacy=["correction"], category=None,
        date=("2026-10-16 19:22", "Europe/London"), mailer="Apple Mail (3826.300)",
        **{"from": ("Sophie Marsh", "sophie.marsh@mailbox.example")},
        subject="Wrong name and old address on my invoices",
        body="""
Hello,

Since getting married in August I go by Sophie Marsh (previously Sophie Kendall). I updated my display name in the app, but the invoices I download from Taskbridge still show my old surname and our old flat, 3B Coldharbour Lane, London SE5 9NR.

Could you please correct the name and billing address on my customer record and on invoices INV-2026-05218 and INV-2026-05694? The correct details are:

Sophie Marsh
27 Ferndale Road
London SW9 8BJ

I need the corrected invoices for an expenses claim by the end of the month. As I understand it, Article 16 GDPR gives me the right to have inaccurate data rectified, so I hope this is a quick fix!

Many thanks,
Sophie
07700 900592
""",
        pii=[("PERSON", "Sophie Marsh"), ("PERSON", "Sophie Kendall"), ("PERSON", "Sophie"),
             ("EMAIL_ADDRESS", "sophie.marsh@mailbox.example"),
             ("STREET_ADDRESS", "3B Coldharbour Lane, London SE5 9NR"), ("ACCOUNT_ID", "INV-2026-05218"),
             ("ACCOUNT_ID", "INV-2026-05694"), ("STREET_ADDRESS", "27 Ferndale Road"),
             ("STREET_ADDRESS", "London SW9 8BJ"), ("PHONE_NUMBER", "07700 900592")],
    ),
    # ------------------------------------------------------------------ restriction, long forwarded chain
    dict(
        fmt="eml", slug="risk_flag_restriction_fwd", channel="email", lang="en",
        privacy=["restriction"], category=None, style=["legal", "chain"], to=PRIVACY_TO,
        date=("2026-10-14 08:30", "Europe/London"), mailer="Microsoft Outlook 16.0",
        **{"from": ("Owen Pritchard", "owen@harbourside-joinery.example")},
        subject="Fwd: Re: Account flagged as \"payment risk\" - request to restrict processing",
        body="""
Hello,

I'm forwarding the thread below because support keeps telling me they "can't change the risk flag". So let me put this formally.

I contest the accuracy of the information that led Taskbridge to flag my customer account (ACC-870342) as a "payment risk". The flag is based on a chargeback report from the provider Piotr Kowalski (@kowalski_dev) about an order I never placed - it was made from a different account, and my bank has confirmed that no chargeback was ever raised on my card.

Under Article 18(1)(a) GDPR I ask you to restrict the processing of the risk flag and the underlying report while you verify their accuracy: do not use them to block my orders, do not show them to providers and do not feed them into any scoring. Please inform me before the restriction is lifted, as Article 18(3) requires.

Regards,
Owen Pritchard
Harbourside Joinery
Unit 4, Penarth Road Business Park, Cardiff CF11 8TW
Mobile: 07700 900335

---------- Forwarded message ---------
From: Lena Fischer <lena.fischer@taskbridge.example>
Date: Tue, 13 Oct 2026 at 15:02
Subject: Re: Account flagged as "payment risk"
To: Owen Pritchard <owen@harbourside-joinery.example>

Hi Owen,

Thanks for your patience. I've checked with our Trust & Safety team: the flag on your account comes from a provider report linked to order ORD-2026-127730. We're not able to remove it manually at the moment, but I've added your comments to the case. The provider's report is below for reference.

Kind regards,
Lena Fischer
Trust & Safety Specialist | Taskbridge
Direct: +44 20 7946 0718

-----Original Message-----
From: Piotr Kowalski <piotr@vistula-webstudio.example>
Sent: 11 October 2026 18:20
To: Taskbridge Support <support@taskbridge.example>
Subject: Chargeback on ORD-2026-127730

Hello, the customer on ORD-2026-127730 disputed the payment with his bank after I delivered the full website. Please flag the account, I want this reported. Customer name on the order was O. Pritchard.

Piotr Kowalski
Vistula Web Studio - web & app development
ul. Długa 17/4, 31-147 Kraków, Poland
+48 512 345 678

On Mon, 12 Oct 2026 at 09:47, Owen Pritchard <owen@harbourside-joinery.example> wrote:
> Hi,
>
> I tried to book a kitchen-planning design job this morning and got the message "Your account is under review for payment risk". I have never had a chargeback with anyone. Whatever order the provider is complaining about, it isn't mine.
>
> Please can someone look into this today, I have a client waiting.
>
> Owen Pritchard
> Harbourside Joinery
> Unit 4, Penarth Road Business Park, Cardiff CF11 8TW
> Mobile: 07700 900335
""",
        pii=[("PERSON", "Owen Pritchard"), ("PERSON", "Owen"), ("PERSON", "O. Pritchard"),
             ("EMAIL_ADDRESS", "owen@harbourside-joinery.example"), ("ACCOUNT_ID", "ACC-870342"),
             ("PERSON", "Piotr Kowalski"), ("USERNAME", "@kowalski_dev"),
             ("STREET_ADDRESS", "Unit 4, Penarth Road Business Park, Cardiff CF11 8TW"),
             ("PHONE_NUMBER", "07700 900335"), ("PERSON", "Lena Fischer"),
             ("EMAIL_ADDRESS", "lena.fischer@taskbridge.example"), ("PHONE_NUMBER", "+44 20 7946 0718"),
             ("ACCOUNT_ID", "ORD-2026-127730"), ("EMAIL_ADDRESS", "piotr@vistula-webstudio.example"),
             ("STREET_ADDRESS", "ul. Długa 17/4, 31-147 Kraków"), ("PHONE_NUMBER", "+48 512 345 678")],
    ),
    # ------------------------------------------------------------------ objection (ads + ranking), html
    dict(
        fmt="eml", slug="objection_ads_and_ranking", channel="email", lang="en", html=True,
        privacy=["objection"], category=None, style=["legal"], to=PRIVACY_TO,
        date=("2026-10-19 13:48", "Europe/London"), mailer="Outlook for Mac 16.89",
        **{"from": ("Grace Liu", "grace.liu.copy@webmail.example")},
        subject="Objection - use of my profile in your advertising and \"provider insights\"",
        body="""
Hello Taskbridge,

I'm a copywriter on your platform (ACC-390514). Two things happened this month that I never agreed to:

- My photo, name and a client review appeared in a sponsored Instagram ad for Taskbridge ("Meet Grace, who writes for 40+ brands").
- Your new "Provider insights" dashboard shows that my response times and earnings are being analysed to rank me against other writers.

I object under Article 21(1) GDPR to the processing of my personal data for these purposes. Your privacy notice bases both on "legitimate interests", but I don't see any compelling grounds that override my interests - it's advertising, and I never asked to be ranked. To the extent the ad is direct marketing, I also object under Article 21(2).

Please stop both, withdraw the ad creative, and confirm what you've done.

Best,
Grace Liu
Freelance copywriter, Manchester
+44 7700 900847
""",
        pii=[("PERSON", "Grace Liu"), ("PERSON", "Grace"), ("EMAIL_ADDRESS", "grace.liu.copy@webmail.example"),
             ("ACCOUNT_ID", "ACC-390514"), ("PHONE_NUMBER", "+44 7700 900847")],
    ),
    # ------------------------------------------------------------------ opt-out (newsletter + SMS), html
    dict(
        fmt="eml", slug="stop_marketing_emails", channel="email", lang="en", html=True,
        privacy=["opt_out"], category=None, mailer="Outlook for iOS",
        date=("2026-10-21 07:55", "Europe/London"),
        **{"from": ("Ben Hargreaves", "ben.hargreaves@inboxmail.example")},
        subject="stop the emails please",
        body="""
Hi,

Can you take me off all your marketing - the weekly "Top Picks" newsletter and the promo texts to 07700 900126? I've clicked unsubscribe twice and I still get them. I still want order updates, just not the sales stuff.

Ben

Sent from Outlook for iOS
""",
        pii=[("PERSON", "Ben Hargreaves"), ("PERSON", "Ben"), ("EMAIL_ADDRESS", "ben.hargreaves@inboxmail.example"),
             ("PHONE_NUMBER", "07700 900126")],
    ),
    # ------------------------------------------------------------------ other_privacy: breach complaint
    dict(
        fmt="eml", slug="received_someone_elses_invoice", channel="email", lang="en",
        privacy=["other_privacy"], category=None,
        date=("2026-11-03 09:26", "Europe/London"), mailer="Webmail 9.4",
        **{"from": ("Rachel Adeyemi", "rachel.adeyemi@postbox.example")},
        subject="I received someone else's invoice - data breach?",
        body="""
Hello,

This morning I downloaded the invoice for my order ORD-2026-133816 (proofreading) from my dashboard, and the PDF I got isn't mine. It's made out to a Martin Cole, 41 Elm Row, Edinburgh EH7 4AH, with his email address (m.cole@lochmail.example) and the last four digits of his card.

I've deleted the file, but I'm worried: if his invoice ended up in my account, has my invoice - with my home address - ended up in someone else's? This looks like a personal data breach to me. I'd like to know:

- what happened and how many customers are affected,
- whether my own data was exposed to anyone, and
- whether you have reported this to the ICO.

I'd appreciate a real answer rather than a template reply.

Rachel Adeyemi
ACC-552903
""",
        pii=[("PERSON", "Rachel Adeyemi"), ("EMAIL_ADDRESS", "rachel.adeyemi@postbox.example"),
             ("ACCOUNT_ID", "ORD-2026-133816"), ("PERSON", "Martin Cole"),
             ("STREET_ADDRESS", "41 Elm Row, Edinburgh EH7 4AH"), ("EMAIL_ADDRESS", "m.cole@lochmail.example"),
             ("ACCOUNT_ID", "ACC-552903")],
    ),
    # ------------------------------------------------------------------ other_privacy: DPO + recipients
    dict(
        fmt="eml", slug="dpo_contact_and_recipients", cte="7bit", channel="email", lang="en",
        privacy=["other_privacy"], category=None,
        date=("2026-10-22 18:03", "Europe/Dublin"), mailer="Webmail 9.4",
        **{"from": ("Kevin O'Sullivan", "kevin.osullivan@eirmail.example")},
        subject="DPO contact and who my data was shared with",
        body="""
Hi there,

Could you tell me who your Data Protection Officer is and how to contact them directly? I couldn't find it in the privacy notice, only the general support address.

I'd also like to understand who my data has actually been shared with. When I posted a job for a bookkeeping provider in September, I started getting calls on 087 123 4567 from two accounting firms I'd never heard of. Did Taskbridge pass my number to anyone outside the providers I hired, e.g. lead-generation or referral partners?

Thanks,
Kevin O'Sullivan
Rathmines, Dublin 6
""",
        pii=[("PERSON", "Kevin O'Sullivan"), ("EMAIL_ADDRESS", "kevin.osullivan@eirmail.example"),
             ("PHONE_NUMBER", "087 123 4567")],
    ),
    # ------------------------------------------------------------------ writing + deletion buried at the end of a thread
    dict(
        fmt="eml", slug="website_copy_thread", channel="email", lang="en", reply=True,
        privacy=["deletion"], category="writing", style=["chain", "buried"],
        date=("2026-10-27 10:41", "Europe/London"), mailer="Apple Mail (3826.300)",
        **{"from": ("Hannah Brooks", "hannah.brooks@fernleaf-ceramics.example")},
        subject="Re: Fwd: Website copy - Fernleaf Ceramics (ORD-2026-140562)",
        body="""
Hi,

Just chasing this - see my note further down. Tom has delivered the final copy and we're very happy, so the order can be closed once the extra revision round is added.

Hannah

On 20 Oct 2026, at 11:05, Hannah Brooks <hannah.brooks@fernleaf-ceramics.example> wrote:
> Hi Taskbridge support,
>
> Forwarding the thread with our writer so you have the context for the extra revision round (see Tom's quote below, GBP 180). Could you add it to ORD-2026-140562 so we can pay for it through the platform?
>
> ---------- Forwarded message ---------
> From: Tom Ellery <tom.ellery.copy@quillmail.example>
> Date: Mon, 19 Oct 2026 at 16:40
> Subject: Re: Website copy - homepage + About
> To: Hannah Brooks <hannah.brooks@fernleaf-ceramics.example>
>
> Hi Hannah,
>
> Thanks for passing on Margaret's notes. I've reworked the About page so it leads with the studio story (the 1970s kiln in the garage) and cut the paragraph about wholesale - agreed, it was too salesy. Two options for the homepage hero:
>
> A) "Handmade in Devon, made to be used every day."
> B) "Stoneware for slow mornings."
>
> For the product pages I'd suggest one more revision round once you have the new photos. I can do that for GBP 180 - let me know and I'll send a custom offer.
>
> Best,
> Tom
>
> Tom Ellery
> Freelance Copywriter & Content Strategist
> 12 Chapel Street, Totnes TQ9 5BX
> 07700 900654 | @tomwrites_uk
>
> On Fri, 16 Oct 2026 at 09:12, Hannah Brooks <hannah.brooks@fernleaf-ceramics.example> wrote:
>> Hi Tom,
>>
>> Margaret (our founder, Margaret Quinn) read the drafts last night. Her feedback:
>> - homepage: loves the tone, but the hero line is too long
>> - About: she'd rather start with how the studio began, less about wholesale
>> - please keep "stoneware" rather than "ceramics" where possible
>>
>> Can you turn this round by Monday?
>>
>> Thanks,
>> Hannah
>>
>> Hannah Brooks
>> Marketing Manager, Fernleaf Ceramics
>> Unit 2, Dartside Quay, Totnes TQ9 5JJ
>> +44 1803 960 412
>
> ---
>
> Also, a separate thing while I have you: I placed my first orders on my personal Taskbridge account (hannah.b.personal@webmail.example, ACC-615078) before we set up the company account. Once this order is closed, please delete that personal account and the personal data on it - billing address 8 Station Road, Ashburton TQ13 7QE and my mobile 07700 900239. All future orders will go through the Fernleaf business account.
>
> Thanks,
> Hannah
""",
        pii=[("PERSON", "Hannah Brooks"), ("PERSON", "Hannah"), ("EMAIL_ADDRESS", "hannah.brooks@fernleaf-ceramics.example"),
             ("ACCOUNT_ID", "ORD-2026-140562"), ("PERSON", "Tom Ellery"), ("PERSON", "Tom"),
             ("EMAIL_ADDRESS", "tom.ellery.copy@quillmail.example"), ("PERSON", "Margaret Quinn"),
             ("PERSON", "Margaret"), ("STREET_ADDRESS", "12 Chapel Street, Totnes TQ9 5BX"),
             ("PHONE_NUMBER", "07700 900654"), ("USERNAME", "@tomwrites_uk"),
             ("STREET_ADDRESS", "Unit 2, Dartside Quay, Totnes TQ9 5JJ"), ("PHONE_NUMBER", "+44 1803 960 412"),
             ("EMAIL_ADDRESS", "hannah.b.personal@webmail.example"), ("ACCOUNT_ID", "ACC-615078"),
             ("STREET_ADDRESS", "8 Station Road, Ashburton TQ13 7QE"), ("PHONE_NUMBER", "07700 900239")],
    ),
    # ------------------------------------------------------------------ translation + withdraw AI consent, DOCX attached
    dict(
        fmt="eml", slug="certified_translation_ai_consent", channel="email", lang="en",
        privacy=["other_privacy"], category="translation",
        date=("2026-10-23 20:14", "Europe/London"), mailer="Gmail-style webmail",
        **{"from": ("Aisha Karimi", "aisha.karimi@webmail.example")},
        subject="Certified translation of marriage certificate (EN > DE) + AI question",
        body="""
Hello,

I need a certified translation of our UK marriage certificate into German for my husband's residence application in Munich. I've attached a typed transcript of the certificate (the scan is too blurry to upload) so the translator can start from that; the original will be shown to the immigration office in person.

Deadline: 6 November. Budget up to EUR 120. A sworn translator registered in Germany would be ideal.

One more thing. When I uploaded a document last year your site said files "may be used to improve our AI matching and translation tools". I do not consent to that. Please make sure that neither this certificate nor anything else I have uploaded is used to train or test any AI system, and confirm that my consent on file has been withdrawn.

Thank you,
Aisha Karimi
+44 7700 900913
""",
        attachments=[dict(filename="certificate_transcript.docx", kind="docx", source="""
# Marriage Certificate - Transcript of Entry
Registration district: Leeds
Date of marriage: 14 June 2025
Place of marriage: Leeds Register Office
Party 1: Aisha Noor Karimi, age 31, date of birth 23/02/1994, occupation: pharmacist
Residence at time of marriage: 19 Harehills Avenue, Leeds LS8 4EX
Father: Farid Karimi, retired engineer
Party 2: Jonas Weidner, age 32, date of birth 05/09/1992, occupation: software developer
Residence at time of marriage: 19 Harehills Avenue, Leeds LS8 4EX
Father: Klaus Weidner, teacher
Witnesses: Emily Carter; Yusuf Karimi
Registrar: P. Hollins
Transcript typed by the applicant for translation purposes only.
""")],
        pii=[("PERSON", "Aisha Karimi"), ("EMAIL_ADDRESS", "aisha.karimi@webmail.example"),
             ("PHONE_NUMBER", "+44 7700 900913"), ("PERSON", "Aisha Noor Karimi"),
             ("DATE_OF_BIRTH", "23/02/1994"), ("STREET_ADDRESS", "19 Harehills Avenue, Leeds LS8 4EX"),
             ("PERSON", "Farid Karimi"), ("PERSON", "Jonas Weidner"), ("DATE_OF_BIRTH", "05/09/1992"),
             ("PERSON", "Klaus Weidner"), ("PERSON", "Emily Carter"), ("PERSON", "Yusuf Karimi"),
             ("PERSON", "P. Hollins")],
    ),
    # ------------------------------------------------------------------ bookkeeping + correction, CSV attached
    dict(
        fmt="eml", slug="october_bookkeeping_address", channel="email", lang="en",
        privacy=["correction"], category="bookkeeping",
        date=("2026-11-02 17:40", "Europe/Dublin"), mailer="Microsoft Outlook 16.0",
        **{"from": ("Niall Brennan", "niall.brennan@eirmail.example")},
        subject="October bookkeeping + please update my address",
        body="""
Hi,

Attached is the October export from my business account for the monthly bookkeeping order (ORD-2026-125480). Could my bookkeeper (Siobhan, I think?) categorise the transactions, reconcile them against the invoices in the shared folder and flag anything missing for the VAT return? The two payments from Dunmore Events are one invoice paid in two parts.

Separately: my customer profile and the invoices Taskbridge issues to me still show my old address in Galway (Apt 6, 15 Merchants Road, Galway H91 X2P4). I moved in the summer - please correct it to:

Niall Brennan
3 Wellington Road
Cork T23 K6P1

Thanks,
Niall
086 214 7735
""",
        attachments=[dict(filename="bank_export_oct.csv", kind="csv", source="""
date,description,counterparty,counterparty_iban,amount_eur,balance_eur
2026-10-01,Opening balance,,,,4210.55
2026-10-03,Invoice 2026-031 part 1,Dunmore Events Ltd,IE89 AIBK 9320 8612 3456 71,1200.00,5410.55
2026-10-07,Card payment Adobe,,,-62.99,5347.56
2026-10-10,Transfer - studio rent share,Aoife Brennan,IE17 BOFI 9058 3812 3456 78,-350.00,4997.56
2026-10-15,Invoice 2026-032,Kerrigan Daly Solicitors,IE29 AIBK 9311 5212 3456 78,780.00,5777.56
2026-10-17,Invoice 2026-031 part 2,Dunmore Events Ltd,IE89 AIBK 9320 8612 3456 71,950.00,6727.56
2026-10-21,Taskbridge service fee,Taskbridge,,-25.00,6702.56
2026-10-28,Revenue - VAT payment,Revenue Commissioners,,-540.00,6162.56
2026-10-31,Closing balance,,,,6162.56
""")],
        pii=[("PERSON", "Niall Brennan"), ("PERSON", "Niall"), ("EMAIL_ADDRESS", "niall.brennan@eirmail.example"),
             ("ACCOUNT_ID", "ORD-2026-125480"), ("PERSON", "Siobhan"),
             ("STREET_ADDRESS", "Apt 6, 15 Merchants Road, Galway H91 X2P4"),
             ("STREET_ADDRESS", "3 Wellington Road"), ("STREET_ADDRESS", "Cork T23 K6P1"),
             ("PHONE_NUMBER", "086 214 7735"), ("IBAN_CODE", "IE89 AIBK 9320 8612 3456 71"),
             ("PERSON", "Aoife Brennan"), ("IBAN_CODE", "IE17 BOFI 9058 3812 3456 78"),
             ("IBAN_CODE", "IE29 AIBK 9311 5212 3456 78")],
    ),
    # ------------------------------------------------------------------ HARD NEGATIVE: write a privacy notice
    dict(
        fmt="eml", slug="privacy_notice_for_shop", channel="email", lang="en",
        privacy=[], category="writing", hn=True,
        date=("2026-10-05 12:30", "Europe/London"), mailer="Webmail 9.4",
        **{"from": ("Claire Donovan", "claire@wickandwillow.example")},
        subject="Order request: GDPR privacy notice for my online shop",
        body="""
Hi,

I run a small candle shop on Shopify (Wick & Willow Candles) and I need someone to write a GDPR-compliant privacy notice and cookie policy for the website. We collect names, delivery addresses and emails for orders, use Klaviyo for the newsletter and Stripe for payments.

The notice needs to explain how customers can access, correct or delete their data, how to unsubscribe, and how long we keep order records (6 years for HMRC). Plain English please, not legalese. I've got an old version from a template site - feel free to delete whatever doesn't apply to us.

Budget is around GBP 250 and I'd like it by mid-November. Is this something your writers do, or do I need a lawyer?

Thanks,
Claire Donovan
Wick & Willow Candles
07700 900384
""",
        pii=[("PERSON", "Claire Donovan"), ("EMAIL_ADDRESS", "claire@wickandwillow.example"),
             ("PHONE_NUMBER", "07700 900384")],
    ),
    # ------------------------------------------------------------------ HARD NEGATIVE: software chain (access, delete test users)
    dict(
        fmt="eml", slug="staging_access_cleanup_fwd", channel="email", lang="en",
        privacy=[], category="software", hn=True, style=["chain"],
        date=("2026-10-23 09:15", "Europe/London"), mailer="Mozilla Thunderbird 140.3",
        **{"from": ("Raj Malhotra", "raj.malhotra@bluewren-logistics.example")},
        subject="Fwd: staging access + cleanup before handover (ORD-2026-119044)",
        body="""
Hi Taskbridge,

Forwarding the thread with our developer below. The milestone for ORD-2026-119044 is done, but before I release the final payment I need two things confirmed by Stefan, and he's not answering in the order chat. Can you nudge him?

1. He deletes the test users he created on the staging database.
2. His access to our shared Drive folder and the GitLab repo gets restricted to read-only until the handover call, and removed after that.

Thanks,
Raj

Raj Malhotra
CTO, Bluewren Logistics Ltd
Unit 9, Trafford Park Road, Manchester M17 1HH
+44 161 496 0750

-------- Forwarded Message --------
Subject: Re: Re: staging + admin panel
Date: Thu, 22 Oct 2026 17:31:09 +0300
From: Stefan Ionescu <stefan.ionescu.dev@devmail.example>
To: Raj Malhotra <raj.malhotra@bluewren-logistics.example>

Hi Raj,

The admin panel issue was the expired SSL certificate on staging - renewed now, you should be able to access /admin again.

I'll wipe the seeded test users (test1..test40) and the fake orders tomorrow morning. For the repo, just downgrade me to Reporter whenever you're ready, no problem.

Best regards,
Stefan Ionescu
Full-stack developer (Django / React)
Str. Memorandumului 21, 400114 Cluj-Napoca, Romania
+40 721 555 019

On 22.10.2026 14:02, Raj Malhotra wrote:
> Stefan,
>
> Three things before we sign off the milestone:
> - I can't access the admin panel on staging since yesterday (ERR_CERT_DATE_INVALID).
> - Please delete the test users and dummy orders you created; we're copying staging to UAT next week and I don't want them there.
> - Once you've pushed the final branch I'll restrict your access to the shared folder, so the docs are read-only for the freelancer group.
>
> Also please correct the typo in the README ("recieve").
>
> Raj
>
> On 21.10.2026 09:15, Stefan Ionescu wrote:
>> Morning Raj, the delivery-slot API is merged into develop and deployed to staging. Demo login: raj.m / the usual password. Let me know what you think.
>> Stefan
""",
        pii=[("PERSON", "Raj Malhotra"), ("PERSON", "Raj"), ("EMAIL_ADDRESS", "raj.malhotra@bluewren-logistics.example"),
             ("ACCOUNT_ID", "ORD-2026-119044"), ("PERSON", "Stefan Ionescu"), ("PERSON", "Stefan"),
             ("STREET_ADDRESS", "Unit 9, Trafford Park Road, Manchester M17 1HH"),
             ("PHONE_NUMBER", "+44 161 496 0750"), ("EMAIL_ADDRESS", "stefan.ionescu.dev@devmail.example"),
             ("STREET_ADDRESS", "Str. Memorandumului 21, 400114 Cluj-Napoca"), ("PHONE_NUMBER", "+40 721 555 019"),
             ("USERNAME", "raj.m")],
    ),
    # ------------------------------------------------------------------ HARD NEGATIVE: design revisions
    dict(
        fmt="eml", slug="flyer_banner_revisions", channel="email", lang="en",
        privacy=[], category="design", hn=True,
        date=("2026-10-09 15:02", "Europe/London"), mailer="Apple Mail (3826.300)",
        **{"from": ("Molly Chen", "molly@paperlanterncafe.example")},
        subject="Flyer + banner revisions (ORD-2026-131208)",
        body="""
Hi Taskbridge,

The order chat on ORD-2026-131208 keeps showing "message failed", so I'm sending my revision notes here - could you pass them on to the designer, Jonas Vik?

- Banner: please remove the old logo (the green leaf one) and use the new wordmark only.
- Mockups: delete the second mockup, we're going with option 1.
- Flyer: correct the typos ("accomodation" and "Febuary") and swap the opening hours on the back for the winter ones.
- Could we get the final files as print-ready PDF (with bleed) and PNG?

Thanks so much!
Molly Chen
Owner, Paper Lantern Cafe
""",
        pii=[("PERSON", "Molly Chen"), ("EMAIL_ADDRESS", "molly@paperlanterncafe.example"),
             ("ACCOUNT_ID", "ORD-2026-131208"), ("PERSON", "Jonas Vik")],
    ),
    # ------------------------------------------------------------------ HARD NEGATIVE: unsubscribe link in ordered template, html
    dict(
        fmt="eml", slug="newsletter_template_unsubscribe_link", channel="email", lang="en", html=True,
        privacy=[], category="marketing", hn=True,
        date=("2026-10-13 11:19", "Europe/London"), mailer="Microsoft Outlook 16.0",
        **{"from": ("Peter Lindqvist", "p.lindqvist@northgateclimbing.example")},
        subject="Unsubscribe link broken in the newsletter template we ordered",
        body="""
Hello,

We ordered a Mailchimp newsletter template and a three-email welcome sequence from a provider on Taskbridge (ORD-2026-122371, delivered last week). Two problems:

1. The unsubscribe link in the footer has a typo in the merge tag, so it goes to a 404. We can't send anything until that's fixed - it's a legal requirement for us.
2. The preference centre should let subscribers opt out of the "events" list without leaving the main list, as agreed in the brief.

The provider (Amara Nwosu) hasn't replied for four days. Could you contact her, or tell me how to open a revision request?

Regards,
Peter Lindqvist
Head of Marketing, Northgate Climbing Centre
+44 113 496 0281
""",
        pii=[("PERSON", "Peter Lindqvist"), ("EMAIL_ADDRESS", "p.lindqvist@northgateclimbing.example"),
             ("ACCOUNT_ID", "ORD-2026-122371"), ("PERSON", "Amara Nwosu"), ("PHONE_NUMBER", "+44 113 496 0281")],
    ),
    # ------------------------------------------------------------------ HARD NEGATIVE: data analysis with survey CSV
    dict(
        fmt="eml", slug="survey_analysis_brief", channel="email", lang="en",
        privacy=[], category="data_analysis", hn=True,
        date=("2026-10-20 10:05", "Europe/London"), mailer="Microsoft Outlook 16.0",
        **{"from": ("Fiona McLeod", "fiona.mcleod@glenmorven-leisure.example")},
        subject="Survey analysis - brief and sample data",
        body="""
Hi,

I'm placing a data analysis order for our Q3 customer satisfaction survey (412 responses). Attached is a sample of the raw export so providers can see the structure; the full file goes into the shared folder once someone is hired.

What I need:
- clean the data (remove test submissions and duplicates),
- NPS by region and by membership tier, with a short written commentary,
- export the final tables as CSV and the charts as PNG.

Please remove the name, email and phone columns before building anything we'll share with the board - the dashboard should only show aggregated results. Delete your working copy of the raw file when the job is done.

Thanks,
Fiona McLeod
Customer Insights Lead, Glenmorven Leisure
0131 496 0620
""",
        attachments=[dict(filename="survey_sample_q3.csv", kind="csv", source="""
respondent_id,submitted_at,name,email,phone,region,tier,nps,comment
R-0001,2026-09-02,Alistair Grant,alistair.grant@webmail.example,07700 900611,Edinburgh,Gold,9,Love the new pool hours
R-0002,2026-09-02,Morag Sinclair,morag.s@postbox.example,07700 900622,Glasgow,Silver,6,Changing rooms need work
R-0003,2026-09-03,TEST TEST,test@glenmorven-leisure.example,,Edinburgh,Gold,10,test
R-0004,2026-09-03,Ewan Fraser,ewan.fraser@inboxmail.example,07700 900633,Stirling,Bronze,3,Classes always full
R-0005,2026-09-04,Kirsty Campbell,kirsty.campbell@mailbox.example,07700 900644,Glasgow,Gold,8,
R-0006,2026-09-04,Ewan Fraser,ewan.fraser@inboxmail.example,07700 900633,Stirling,Bronze,3,Classes always full
R-0007,2026-09-05,Duncan Reid,duncan.reid@webmail.example,07700 900655,Edinburgh,Silver,7,Staff are great
""")],
        pii=[("PERSON", "Fiona McLeod"), ("EMAIL_ADDRESS", "fiona.mcleod@glenmorven-leisure.example"),
             ("PHONE_NUMBER", "0131 496 0620"), ("PERSON", "Alistair Grant"),
             ("EMAIL_ADDRESS", "alistair.grant@webmail.example"), ("PHONE_NUMBER", "07700 900611"),
             ("PERSON", "Morag Sinclair"), ("EMAIL_ADDRESS", "morag.s@postbox.example"),
             ("PHONE_NUMBER", "07700 900622"), ("PERSON", "Ewan Fraser"),
             ("EMAIL_ADDRESS", "ewan.fraser@inboxmail.example"), ("PHONE_NUMBER", "07700 900633"),
             ("PERSON", "Kirsty Campbell"), ("EMAIL_ADDRESS", "kirsty.campbell@mailbox.example"),
             ("PHONE_NUMBER", "07700 900644"), ("PERSON", "Duncan Reid"),
             ("EMAIL_ADDRESS", "duncan.reid@webmail.example"), ("PHONE_NUMBER", "07700 900655")],
        allow=["test@glenmorven-leisure.example"],
    ),
    # ------------------------------------------------------------------ MIXED: locked account + a phone number to correct
    # Labelled a hard negative until 2026-11-29. By the types' definitions (data/corpus/README.md:
    # correction is "rectify wrong personal data on file: ... phone") it also asks for a correction:
    # the 2FA number on file is no longer the customer's, and the new one is given. The corpus
    # labels the same case so ('my mobile is now ..., the old one on my profile is dead so the 2FA
    # codes go nowhere'). Unlocking the account stays support work.
    dict(
        fmt="eml", slug="cant_access_account_locked", channel="email", lang="en",
        privacy=["correction"], category="platform_support", hn=False,
        date=("2026-10-27 07:12", "Europe/London"), mailer="Gmail-style webmail",
        **{"from": ("Samuel Okafor", "sam.okafor.design@webmail.example")},
        subject="Can't access my account - locked after suspicious login alert",
        body="""
Hello,

I can't access my account since yesterday evening. I got an email saying "New sign-in from 203.0.113.45" - that wasn't me, I'm in Leeds - so I reset my password, and now the login page says my account is locked.

My username is @sam.okafor.design and the account email is this one. I also changed phones last month, so the 2FA codes still go to my old number (07700 900448), which I no longer have. The new number is 07700 900517.

Can you unlock the account and move 2FA to the new number? I have two orders due for delivery on Friday.

Thanks,
Samuel Okafor
""",
        pii=[("PERSON", "Samuel Okafor"), ("EMAIL_ADDRESS", "sam.okafor.design@webmail.example"),
             ("IP_ADDRESS", "203.0.113.45"), ("USERNAME", "@sam.okafor.design"),
             ("PHONE_NUMBER", "07700 900448"), ("PHONE_NUMBER", "07700 900517")],
    ),
    # ------------------------------------------------------------------ ordinary payout problem
    dict(
        fmt="eml", slug="payout_not_received", channel="email", lang="en",
        privacy=[], category="platform_support",
        date=("2026-11-04 12:48", "Europe/London"), mailer="Webmail 9.4",
        **{"from": ("Chloe Bennett", "chloe.bennett.design@mailbox.example")},
        subject="Payout for INV-2026-06023 not received",
        body="""
Hi,

My payout for INV-2026-06023 (ORD-2026-136614, logo refresh) was marked as sent on 28 October, but nothing has arrived in my bank account yet. The account in my payout settings is:

Name: Chloe Bennett
IBAN: GB60 BARC 2000 0055 7799 11

Could you check whether it bounced? Previous payouts always arrived within two working days.

Thanks,
Chloe Bennett
ACC-705316
""",
        pii=[("PERSON", "Chloe Bennett"), ("EMAIL_ADDRESS", "chloe.bennett.design@mailbox.example"),
             ("ACCOUNT_ID", "INV-2026-06023"), ("ACCOUNT_ID", "ORD-2026-136614"),
             ("IBAN_CODE", "GB60 BARC 2000 0055 7799 11"), ("ACCOUNT_ID", "ACC-705316")],
    ),
    # ------------------------------------------------------------------ HARD NEGATIVE: object to invoice amount (chain)
    dict(
        fmt="eml", slug="invoice_amount_dispute", channel="email", lang="en", reply=True,
        privacy=[], category="platform_support", hn=True, style=["chain"], to="Taskbridge Billing <billing@taskbridge.example>",
        date=("2026-10-29 16:55", "Europe/London"), mailer="Microsoft Outlook 16.0",
        **{"from": ("Greg Thompson", "greg@harrowreid-surveyors.example")},
        subject="Re: Your invoice INV-2026-06288 - I object to the amount",
        body="""
Hi Marta,

Thanks, but that doesn't answer my question. I object to the invoice amount: the order was agreed at GBP 400 and I've been charged GBP 460. The extra GBP 60 for "express delivery" was never requested - I chose standard delivery, it's right there in the order chat.

The charge went on my card 5527 4410 9328 7109 on 27 October. Please refund the difference or send me a corrected invoice. I'd rather not raise a dispute with the provider, who did a good job.

Greg

Greg Thompson
Director, Harrow & Reid Surveyors
14 Market Place, Malton YO17 7LX
01653 690 442

On Thu, 29 Oct 2026 at 10:18, Marta Silva <marta.silva@taskbridge.example> wrote:
> Hello Greg,
>
> Thank you for contacting Taskbridge Billing. The amount on INV-2026-06288 reflects the order total plus the service fee and any options selected at checkout. You can see the breakdown under Orders > ORD-2026-141950 > Payments.
>
> If you believe an option was added in error, you can open a dispute with the provider from the order page.
>
> Best regards,
> Marta Silva
> Billing Team | Taskbridge
> billing@taskbridge.example
>
> On Wed, 28 Oct 2026 at 19:02, Greg Thompson <greg@harrowreid-surveyors.example> wrote:
>> Hello,
>>
>> Invoice INV-2026-06288 for our survey-report editing job shows GBP 460 instead of the GBP 400 we agreed with the provider. Can you explain the difference?
>>
>> Greg Thompson
>> Harrow & Reid Surveyors
>> 14 Market Place, Malton YO17 7LX
>> 01653 690 442
""",
        pii=[("PERSON", "Greg Thompson"), ("PERSON", "Greg"), ("EMAIL_ADDRESS", "greg@harrowreid-surveyors.example"),
             ("ACCOUNT_ID", "INV-2026-06288"), ("PERSON", "Marta Silva"), ("PERSON", "Marta"),
             ("CREDIT_CARD", "5527 4410 9328 7109"), ("STREET_ADDRESS", "14 Market Place, Malton YO17 7LX"),
             ("PHONE_NUMBER", "01653 690 442"), ("EMAIL_ADDRESS", "marta.silva@taskbridge.example"),
             ("ACCOUNT_ID", "ORD-2026-141950")],
    ),
    # ------------------------------------------------------------------ correction + restriction
    dict(
        fmt="eml", slug="rectify_dob_restrict_verification", channel="email", lang="en",
        privacy=["correction", "restriction"], category=None, style=["legal"], to=PRIVACY_TO,
        date=("2026-10-26 09:40", "Europe/London"), mailer="Webmail 9.4",
        **{"from": ("Georgia Palmer", "georgia.palmer@postbox.example")},
        subject="Rectification of date of birth and restriction of processing (Art. 16 & 18 GDPR)",
        body="""
Dear Taskbridge Data Protection team,

During identity verification for my provider account (ACC-263817) your system recorded my date of birth as 04/07/1991. This is wrong: my date of birth is 7 April 1991 (07/04/1991 in UK format). It looks as if day and month were swapped when my passport was read.

Under Article 16 GDPR I ask you to rectify this without undue delay.

Because the wrong date has already caused my payouts to be held for "identity mismatch", I also ask, under Article 18(1)(a), that you restrict the processing of my verification record until the correction has been made and confirmed to me. In particular, please do not send it to your identity-verification vendor again and do not use it for fraud scoring in the meantime.

I can provide a certified copy of my passport if required.

Yours sincerely,
Georgia Palmer
Flat 2, 61 Gloucester Road, Cheltenham GL51 8NG
07700 900276
""",
        pii=[("PERSON", "Georgia Palmer"), ("EMAIL_ADDRESS", "georgia.palmer@postbox.example"),
             ("ACCOUNT_ID", "ACC-263817"), ("DATE_OF_BIRTH", "04/07/1991"), ("DATE_OF_BIRTH", "7 April 1991"),
             ("DATE_OF_BIRTH", "07/04/1991"), ("STREET_ADDRESS", "Flat 2, 61 Gloucester Road, Cheltenham GL51 8NG"),
             ("PHONE_NUMBER", "07700 900276")],
    ),
    # ------------------------------------------------------------------ other_privacy: how did a provider get my number
    dict(
        fmt="eml", slug="provider_contacted_me_whatsapp", channel="email", lang="en",
        privacy=["other_privacy"], category=None,
        date=("2026-11-05 21:07", "Europe/London"), mailer="Gmail-style webmail",
        **{"from": ("Tariq Hussain", "tariq.hussain@inboxmail.example")},
        subject="Provider contacted me on WhatsApp - how did they get my number?",
        body="""
Hi,

Last week I asked for quotes to translate our restaurant menu into Arabic and Turkish. I haven't hired anyone yet, but yesterday a provider called @nightowl_translations messaged me on WhatsApp on my personal number, 07700 900135, offering a "discount if we do it off the platform".

I never gave that number to any provider - it's only in my account settings. So:
1. Which providers can see my phone number, and why?
2. Has my number been shared with anyone else?
3. What are you doing about a provider using it like this?

Tariq Hussain
ACC-448190
""",
        pii=[("PERSON", "Tariq Hussain"), ("EMAIL_ADDRESS", "tariq.hussain@inboxmail.example"),
             ("USERNAME", "@nightowl_translations"), ("PHONE_NUMBER", "07700 900135"), ("ACCOUNT_ID", "ACC-448190")],
    ),
    # ------------------------------------------------------------------ objection (analytics profiling)
    dict(
        fmt="eml", slug="objection_browsing_analytics", channel="email", lang="en",
        privacy=["objection"], category=None, style=["legal"], to=PRIVACY_TO,
        date=("2026-11-09 08:02", "Europe/London"), mailer="Webmail 9.4",
        **{"from": ("Helen Ward", "helen.ward@postbox.example")},
        subject="Objection to processing - Art. 21(1) GDPR",
        body="""
Dear Sir or Madam,

Your privacy notice states that Taskbridge records and analyses how I browse provider profiles and search results in order to "improve matching", and that this is based on your legitimate interests.

I object to this processing under Article 21(1) GDPR. I use Taskbridge occasionally to commission editing work for a health charity, and what I search for can reveal confidential projects. I do not accept that your interest in refining the matching algorithm overrides mine.

My account is registered to helen.ward@postbox.example (ACC-157302). Please confirm that you have stopped this processing and tell me what will happen to the behavioural data already collected.

Yours faithfully,
Helen Ward
""",
        pii=[("PERSON", "Helen Ward"), ("EMAIL_ADDRESS", "helen.ward@postbox.example"), ("ACCOUNT_ID", "ACC-157302")],
    ),
    # ------------------------------------------------------------------ platform_support + restriction (ID verification)
    dict(
        fmt="eml", slug="id_verification_failing", channel="email", lang="en",
        privacy=["restriction"], category="platform_support",
        date=("2026-11-06 18:31", "Europe/London"), mailer="Apple Mail (3826.300)",
        **{"from": ("Victoria Osei", "victoria.osei.translates@mailbox.example")},
        subject="ID verification keeps failing - account on hold",
        body="""
Hello,

My provider account (ACC-582046) has been on hold for five days because ID verification "could not be completed". I've uploaded my passport three times. The last attempt showed "Error VRF-503" and said the session came from IP 198.51.100.23, which is just my home connection, so I don't know what's wrong. I need the account active to accept a translation job on Monday.

Also: each attempt apparently sends my passport scan to an external verification company. Until you've worked out what's failing, please restrict processing of my passport images - don't send them to the vendor again, and don't use the three failed copies for anything other than fixing this.

Victoria Osei
07700 900682
""",
        pii=[("PERSON", "Victoria Osei"), ("EMAIL_ADDRESS", "victoria.osei.translates@mailbox.example"),
             ("ACCOUNT_ID", "ACC-582046"), ("IP_ADDRESS", "198.51.100.23"), ("PHONE_NUMBER", "07700 900682")],
    ),
    # ================================================================== helpdesk JSON (one per file)
    dict(
        fmt="json", id="HD-10231", channel="webform", lang="en",
        privacy=["deletion"], category=None, style=["oneliner"],
        date=("2026-10-07 13:16", "Europe/London"),
        **{"from": ("Olivia Grant", "olivia.grant@mailbox.example")},
        subject="Privacy request: Delete my account",
        body="""
Request type: Delete my account and data

Message: Please delete my account and all my personal data. I no longer use the service.

Name: Olivia Grant
Account email: olivia.grant@mailbox.example
Account ID (optional): ACC-330918
""",
        pii=[("PERSON", "Olivia Grant"), ("EMAIL_ADDRESS", "olivia.grant@mailbox.example"), ("ACCOUNT_ID", "ACC-330918")],
    ),
    dict(
        fmt="json", id="HD-10236", channel="webform", lang="en",
        privacy=[], category="writing",
        date=("2026-10-18 21:44", "Europe/London"),
        **{"from": ("Rebecca Lawson", "rebecca.lawson.rn@webmail.example")},
        subject="New request: CV rewrite (Writing)",
        body="""
Hi! I'm a nurse moving into health-tech product roles and I need my CV rewritten for that. My current CV is attached. I'd like a one-page version plus a short LinkedIn summary. Budget about GBP 150, deadline 10 November.

Thanks,
Rebecca
""",
        attachments=[dict(filename="cv_draft.docx", kind="docx", source="""
# Rebecca Lawson
Registered Nurse (Adult) - aspiring Clinical Product Specialist
Address: 7 Beech Close, Nottingham NG5 2JT
Phone: 07700 900795
Email: rebecca.lawson.rn@webmail.example
Date of birth: 30/06/1993
# Experience
2021 - present: Senior Staff Nurse, Acute Medical Unit, City Hospital Nottingham
Super-user for the e-observations rollout; trained 60+ staff; led feedback sessions with the software vendor.
2016 - 2021: Staff Nurse, Respiratory Ward, Queen's Medical Centre
# Education
BSc (Hons) Adult Nursing, University of Nottingham, 2016
# References
Ward Manager: Joanne Pike, 0115 496 0734
Clinical Educator: Samir Haddad, samir.haddad@nhsmail.example
""")],
        pii=[("PERSON", "Rebecca Lawson"), ("PERSON", "Rebecca"), ("EMAIL_ADDRESS", "rebecca.lawson.rn@webmail.example"),
             ("STREET_ADDRESS", "7 Beech Close, Nottingham NG5 2JT"), ("PHONE_NUMBER", "07700 900795"),
             ("DATE_OF_BIRTH", "30/06/1993"), ("PERSON", "Joanne Pike"), ("PHONE_NUMBER", "0115 496 0734"),
             ("PERSON", "Samir Haddad"), ("EMAIL_ADDRESS", "samir.haddad@nhsmail.example")],
    ),
    dict(
        fmt="json", id="HD-10240", channel="webform", lang="en",
        privacy=["portability"], category=None,
        date=("2026-10-24 16:02", "Europe/London"),
        **{"from": ("Jordan Blake", "jordan.blake.photo@webmail.example")},
        subject="Privacy request: Data portability",
        body="""
Request type: Data portability (Art. 20 GDPR)

Message: I'm leaving Taskbridge to run bookings through my own website. Please send me my profile, my portfolio, the 63 client reviews on my profile and my completed-order history in a machine-readable format (CSV or JSON) so I can import them. If possible, transmit the reviews directly to the review service my new site uses.

Name: Jordan Blake
Email: jordan.blake.photo@webmail.example
Account ID: ACC-907361
Username: @jordanblake_photo
""",
        pii=[("PERSON", "Jordan Blake"), ("EMAIL_ADDRESS", "jordan.blake.photo@webmail.example"),
             ("ACCOUNT_ID", "ACC-907361"), ("USERNAME", "@jordanblake_photo")],
    ),
    dict(
        fmt="json", id="HD-10244", channel="webform", lang="en",
        privacy=[], category="design",
        date=("2026-11-01 10:27", "Europe/London"),
        **{"from": ("Megan Hall", "megan@crumbandco.example")},
        subject="New request: Logo for a bakery (Design)",
        body="""
We're opening a small sourdough bakery in Bath in January - "Crumb & Co." - and are looking for a logo (wordmark + simple icon), a colour palette and a print file for the shopfront sign. We like hand-drawn, warm, a bit retro. We might also want a menu board design later.

Budget GBP 400-600. Best way to reach me is 07700 900752 after 3pm.

Megan Hall
""",
        pii=[("PERSON", "Megan Hall"), ("EMAIL_ADDRESS", "megan@crumbandco.example"), ("PHONE_NUMBER", "07700 900752")],
    ),
    # ================================================================== helpdesk JSONL: chat export
    dict(
        fmt="jsonl", jsonl="chat_export_2026-11.jsonl", id="HD-10250", channel="chat", lang="en",
        privacy=["access"], category=None,
        date=("2026-11-02 10:02", "Europe/London"),
        **{"from": ("Nora Flynn", "nora.flynn@webmail.example")},
        subject="Live chat",
        body="""
[10:02] Nora Flynn: hi, quick question
[10:02] Nora Flynn: can I get a copy of all the data you have about me? like everything, orders, messages etc
[10:03] Taskbridge (Amir): Hi Nora, thanks for reaching out! Yes, you can request a copy of your personal data. I'll log a formal access request for you now. Can you confirm the email on your account?
[10:04] Nora Flynn: nora.flynn@webmail.example
[10:04] Taskbridge (Amir): Thanks. You'll get a confirmation email shortly, and we'll send the data within one month.
[10:05] Nora Flynn: great thx
""",
        pii=[("PERSON", "Nora Flynn"), ("PERSON", "Nora"), ("EMAIL_ADDRESS", "nora.flynn@webmail.example"),
             ("PERSON", "Amir")],
    ),
    dict(
        fmt="jsonl", jsonl="chat_export_2026-11.jsonl", id="HD-10251", channel="chat", lang="en",
        privacy=[], category="platform_support", hn=True, style=["oneliner"],
        date=("2026-11-02 16:40", "Europe/London"),
        **{"from": ("Ethan Park", "ethan.park@inboxmail.example")},
        subject="Live chat",
        body="""
[16:40] Ethan Park: how do i delete a draft project? there's an old brief stuck on my dashboard and the bin icon is greyed out
[16:41] Taskbridge (Amir): Hi Ethan! Drafts that have already received offers can't be deleted, only archived. Open the draft > ... menu > Archive and it will disappear from your dashboard.
[16:42] Ethan Park: ah ok found it, thanks
""",
        pii=[("PERSON", "Ethan Park"), ("PERSON", "Ethan"), ("EMAIL_ADDRESS", "ethan.park@inboxmail.example"),
             ("PERSON", "Amir")],
    ),
    dict(
        fmt="jsonl", jsonl="chat_export_2026-11.jsonl", id="HD-10254", channel="chat", lang="en",
        privacy=["opt_out"], category=None, style=["oneliner"],
        date=("2026-11-03 19:15", "Europe/London"),
        **{"from": ("Lucy Hammond", "lucy.hammond@mailbox.example")},
        subject="Live chat",
        body="""
[19:15] Lucy Hammond: please stop sending promo texts to 07700 900318, I never signed up for SMS marketing
[19:16] Taskbridge (Sara): Sorry about that, Lucy. I've switched off marketing SMS for the number on your account. You'll still get texts with security codes if you use 2FA.
[19:16] Lucy Hammond: fine, thanks
""",
        pii=[("PERSON", "Lucy Hammond"), ("PERSON", "Lucy"), ("EMAIL_ADDRESS", "lucy.hammond@mailbox.example"),
             ("PHONE_NUMBER", "07700 900318"), ("PERSON", "Sara")],
    ),
    dict(
        fmt="jsonl", jsonl="chat_export_2026-11.jsonl", id="HD-10255", channel="chat", lang="en",
        privacy=[], category="software",
        date=("2026-11-04 11:20", "Europe/London"),
        **{"from": ("Ahmed Farouk", "ahmed@printhouse-studio.example")},
        subject="Live chat",
        body="""
[11:20] Ahmed Farouk: hi, I need a developer to build a small Shopify app: when a customer orders a custom print, it should send the artwork file to our print partner's API and write the tracking number back to the order
[11:21] Taskbridge (Sara): Hi Ahmed! That's a good fit for our Software category. Do you have a budget and a deadline in mind?
[11:23] Ahmed Farouk: around $1,500, ideally live before Black Friday (27 Nov)
[11:24] Taskbridge (Sara): Great. I'd suggest posting it as a fixed-price project with the "Shopify" and "API integration" tags. I can create the draft for you now and you should get offers within a day or two.
[11:24] Ahmed Farouk: yes please
""",
        pii=[("PERSON", "Ahmed Farouk"), ("PERSON", "Ahmed"), ("EMAIL_ADDRESS", "ahmed@printhouse-studio.example"),
             ("PERSON", "Sara")],
    ),
    # ================================================================== helpdesk JSONL: webform export
    dict(
        fmt="jsonl", jsonl="webform_export_2026-10.jsonl", id="HD-10238", channel="webform", lang="en",
        privacy=["opt_out"], category=None, jurisdiction="CCPA",
        date=("2026-10-21 14:51", "America/Los_Angeles"),
        **{"from": ("Kayla Simmons", "kayla.simmons@sunmail.example")},
        subject="Do Not Sell or Share My Personal Information",
        body="""
Request type: Do Not Sell or Share My Personal Information (California residents)
State of residence: California

Details: Please opt me out of any sale or sharing of my personal information, including sharing with advertising partners for targeted ads, as provided by the CCPA/CPRA.

Full name: Kayla Simmons
Email: kayla.simmons@sunmail.example
Phone: (559) 555-0114
Address: 1327 N Van Ness Ave, Fresno, CA 93728
""",
        pii=[("PERSON", "Kayla Simmons"), ("EMAIL_ADDRESS", "kayla.simmons@sunmail.example"),
             ("PHONE_NUMBER", "(559) 555-0114"), ("STREET_ADDRESS", "1327 N Van Ness Ave, Fresno, CA 93728")],
    ),
    dict(
        fmt="jsonl", jsonl="webform_export_2026-10.jsonl", id="HD-10245", channel="webform", lang="en",
        privacy=[], category="marketing",
        date=("2026-10-28 09:33", "Europe/London"),
        **{"from": ("Oliver Stanton", "oliver@stantonphysio.example")},
        subject="New request: Google Ads + local SEO for a physio clinic (Marketing)",
        body="""
We're a two-person physiotherapy clinic in Reading and we'd like help with Google Ads (search only, around GBP 600/month ad spend) and local SEO: Google Business Profile, a few location pages and getting more reviews. Looking for someone for an initial 3-month engagement with a monthly report.

Oliver Stanton
0118 496 0237
""",
        pii=[("PERSON", "Oliver Stanton"), ("EMAIL_ADDRESS", "oliver@stantonphysio.example"),
             ("PHONE_NUMBER", "0118 496 0237")],
    ),
]
