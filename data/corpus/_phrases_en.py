# English phrase banks (UK/IE senders cite the (UK) GDPR, US senders the CCPA/CPRA).
# One template per line; "\n" inside a line is a line break; [[m||f]] picks by the sender's
# gender, <<m||f>> by the client's (agent style). Placeholders are filled by build_corpus.py.

LOCALES = ["en_US", "en_US", "en_US", "en_GB", "en_GB", "en_GB", "en_IE"]
EMAIL_DOMAINS = ["mailbox.example", "inbox.example", "webmail.example", "fastmail.example",
                 "post.example", "outlook.example", "icloud.example", "proton.example"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DATE_FORMATS = ["{d} {month} {y}", "{d:02d}/{m:02d}/{y}", "{d} {month} {y}"]
DATE_FORMATS_BY_LOCALE = {"en_US": ["{month} {d}, {y}", "{m:02d}/{d:02d}/{y}", "{month} {d}, {y}"]}

P = {}

# ------------------------------------------------------------------ frames (shared)
P["greet.casual"] = r"""
Hi,
Hello,
Hi there,
Hey,
Hi Taskbridge team,
Hello Taskbridge,
Good morning,
Good afternoon,
Hi support,
Hiya,
Dear Taskbridge team,
"""
P["greet.formal"] = r"""
Dear Sir or Madam,
Dear Data Protection Officer,
To whom it may concern,
Dear Taskbridge Privacy Team,
Dear Sirs,
To the Data Protection Officer, Taskbridge
Dear Privacy Team,
"""
P["greet.formal.business"] = r"""
Dear Sir or Madam,
Dear Taskbridge team,
To whom it may concern,
Dear colleagues,
Good morning,
"""
P["greet.person"] = r"""
Hi {to},
Hello {to},
Hey {to},
Dear {to},
Hi {to} -
{to},
Morning {to},
"""
P["close.casual"] = r"""
Thanks,
Thanks!
Cheers,
Best,
Thanks a lot,
Many thanks,
Regards,
Best wishes,
Thank you,
Kind regards,
All the best,
"""
P["close.formal"] = r"""
Yours faithfully,
Yours sincerely,
Kind regards,
Sincerely,
Regards,
With kind regards,
"""
P["close.extra"] = r"""
Thanks in advance.
Please confirm once it's done.
Let me know if you need anything else from me to verify it's me.
A quick reply would be appreciated.
I'd appreciate a confirmation by e-mail.
Appreciate your help with this.
"""
P["sig.casual"] = r"""
{first}
{name}
{first}
{name}\n{phone}
{first} {last}
{name}\nSent from my iPhone
{first}\n\nSent from my phone, excuse typos
{name}\n{email}
-- \n{name}\n{phone}
{first}\n{company}
"""
P["sig.formal"] = r"""
{name}\n{street}\n{city_line}
{name}\n{address}\n{email}
{name}\nTel: {phone}\nE-mail: {email}
{name}\n{street}\n{city_line}\n{phone}
{name}\n{street}, {city_line}\nPhone: {phone}
{name}
{name}\n{email}\n{phone}
"""
P["sig.business"] = r"""
{name}\n{company}\n{phone}
{name}\nOperations Manager | {company}\n{work_email}\n{phone}
{name}\nHead of Marketing, {company}\nM: {phone}
{name}\n{company}\n{street}, {city_line}
{name}\nFounder, {company}
{name}\nOffice Manager\n{company}\nT {phone}
"""
P["sig.agent"] = r"""
{name}\n{firm}\n{street}\n{city_line}\nTel. {phone}
{name}\nPartner, {firm}\n{email}\n{phone}
{name}\nSolicitor\n{firm}\n{street}, {city_line}
{name}\nAssociate | {firm}\nDirect: {phone}
"""
P["sig.agency"] = r"""
{name}\nAuthorized Agent\n{agency}\n{email}
{name}\nPrivacy Request Specialist, {agency}\n{phone}
{name}\n{agency}\n{street}\n{city_line}
"""
P["firm"] = r"""
{l1} & {l2} LLP
{l1} {l2} Solicitors
{l1} Law Group
{l1}, {l2} & {l3}
{l1} Legal
"""
P["agency"] = r"""
{l1} Privacy Services LLC
ClearData Agents Inc.
OptBack Consumer Rights LLC
{l1} & {l2} Consumer Advocates
PrivacyPal Agents, Inc.
"""
P["ctx.priv"] = r"""
My account is {acc}.
I signed up with {email}.
I used Taskbridge a couple of times last year, mostly for translations.
My last order was {order}, for a logo design.
I haven't logged in for over a year.
The account is registered under {email} (account ID {acc}).
I ordered some copywriting through you back in {year}.
I'm a former customer; my account number is {acc}.
I closed my shop and no longer need the platform.
I used to hire bookkeepers through Taskbridge for my small business.
I only created the account to get a quote and never ordered anything.
You can reach me on {phone} if you need to verify my identity.
My most recent order ({order}) was completed in {year}.
I registered as a customer a few years ago with {email}.
"""
P["ctx.ord"] = r"""
We've worked with you before (order {order}).
I'm the owner of {company}.
We're a small team based in {city}.
My account is {acc}.
Hope you're well.
Following up on our call last week.
I found you through a colleague's recommendation.
This is for {company}.
We're a startup and this is our first order on Taskbridge.
Quick one today.
"""
P["transition"] = r"""
Also:
Second thing:
And one more request:
On top of that:
While you're at it:
Separately:
In addition:
Also, one more thing.
"""
P["bridge"] = r"""
Unrelated to the project:
On a different note:
One more thing, nothing to do with the order:
Separately, a data question:
Also, while I have you:
Oh, and another matter:
PS:
By the way:
Different topic:
"""
P["bridge.task"] = r"""
Apart from that, about my current project:
And now the actual work request:
Second, the project:
Also, a new job:
On the work side:
"""
P["bridge.end"] = r"""
One last thing:
Now that we're done:
Before I go:
Also:
Final request:
One more thing:
"""
P["thread.done"] = r"""
Got the final files, thanks — all good on my side and I've paid the invoice.
Everything has been delivered and approved, thanks for your work.
Thanks, that wraps up the project.
All received, the project can be closed.
Perfect, that's everything I needed. Thanks for your patience.
Great, I've left a review. We're done here.
Thanks again, the job is finished as far as I'm concerned.
"""
P["thread.quote"] = r"""
On {qdate} at {qtime}, {qname} <{qemail}> wrote:
On {qdate}, {qname} <{qemail}> wrote:
{qname} wrote on {qdate}:
On {qdate} {qtime}, {qname} wrote:
"""
P["thread.outlook"] = r"""
-----Original Message-----\nFrom: {qname} <{qemail}>\nSent: {qdate} {qtime}
________________________________\nFrom: {qname} <{qemail}>\nSent: {qdate} {qtime}
From: {qname} <{qemail}>\nDate: {qdate} {qtime}
"""
P["thread.re"] = r"""
Re:
RE:
Re:
"""
P["support.address"] = r"""
support@taskbridge.example
help@taskbridge.example
"""

# formal letters (privacy)
P["formal.intro"] = r"""
I am writing to exercise my rights under the General Data Protection Regulation in respect of the account registered under {email}.
I am a registered user of Taskbridge (account {acc}) and I am contacting you in your capacity as data controller.
I write regarding the personal data Taskbridge processes about me as a former customer of your platform.
I am writing in relation to my personal data held by Taskbridge under customer account {acc}.
This letter concerns the personal data you process about me in connection with my use of your marketplace since {year}.
I make the following request under the UK GDPR and the Data Protection Act 2018.
Please accept this e-mail as a formal request under data protection law.
"""
P["formal.intro.ccpa"] = r"""
I am a California resident and a customer of Taskbridge (account {acc}). I am submitting this request under the California Consumer Privacy Act, as amended by the CPRA.
This is a verifiable consumer request under the California Consumer Privacy Act (CCPA).
I am writing as a California consumer regarding the personal information Taskbridge has collected about me through the account registered under {email}.
Please treat this message as a consumer request under Cal. Civ. Code § 1798.100 et seq.
"""
P["formal.multi"] = r"""
I hereby make the following requests:
Specifically, I request the following:
Please action each of the following:
I ask you to:
My requests are as follows:
"""
P["formal.identity"] = r"""
To help you locate my records: my full name is {name}, my date of birth is {dob} and my postal address is {address}.
For identification purposes, my registered e-mail address is {email} and my telephone number is {phone}.
My customer account is {acc}; the most recent order under it is {order}.
I can provide a copy of photo ID if you genuinely need it to verify my identity, but I do not expect this to be necessary given that I am writing from my registered e-mail address.
Identification details: {name}, born {dob}, {address}, account {acc}.
You may verify my identity using the account {acc} and the phone number {phone} registered on it.
"""
P["formal.deadline"] = r"""
Please respond within one month of receipt, as required by Article 12(3) GDPR.
I look forward to your response within the statutory period of one month.
I expect a response without undue delay and in any event within one calendar month.
Please confirm receipt of this request and respond within the time limit set by law.
Kindly acknowledge this request and let me know the date by which you will respond.
"""
P["formal.deadline.ccpa"] = r"""
Please confirm receipt within 10 business days and respond within 45 calendar days, as required by the CCPA regulations.
I expect a response within 45 days of receipt of this request.
Please acknowledge this request and respond within the period required by Cal. Civ. Code § 1798.130.
"""
P["formal.threat"] = r"""
If I do not receive a satisfactory response within that period, I will consider lodging a complaint with the Information Commissioner's Office.
Should you fail to comply, I reserve the right to complain to the competent supervisory authority.
Please note that I am keeping a record of this correspondence.
If you believe any exemption applies, please explain which one and why.
"""
P["formal.threat.ccpa"] = r"""
If I do not receive a response within that period, I intend to file a complaint with the California Privacy Protection Agency.
Please note that I am keeping a copy of this request and of your response.
If you deny any part of this request, please explain the basis for the denial.
"""
P["formal.header"] = r"""
{name}\n{street}\n{city_line}\n\nTaskbridge\nFAO Data Protection Officer\n\n{date}\n\nRe: {subj}
{name}\n{address}\n{email}\n\n{date}\n\nSubject: {subj}
{date}\n\nBy e-mail to privacy@taskbridge.example\n\nRe: {subj}
"""
P["formal.task_intro"] = r"""
We would like to request a quotation for the following work.
I am writing to enquire about commissioning the following project through your platform.
We are looking for a suitable provider for the project described below.
Please find below the details of a project we would like to place with Taskbridge.
Further to our recent conversation, here is a brief for the next assignment.
"""
P["formal.task_close"] = r"""
Please let us know the estimated cost and turnaround time.
We would be grateful for a proposal at your earliest convenience.
Please confirm whether this is feasible within the timeframe.
I look forward to hearing from you.
Do let me know if you require any further information.
"""

# authorised agents (privacy) and assistants (ordinary)
P["agent.lawyer"] = r"""
We act for {client} in connection with <<his||her>> account on your platform and write on <<his||her>> instructions.
This firm represents {client}, a former customer of Taskbridge. We are instructed to make the following request on our client's behalf.
I am a solicitor acting on behalf of {client}. My client has asked me to contact you about the personal data you hold about <<him||her>>.
We have been instructed by {client} in relation to a dispute with a provider on your marketplace, and in that context we write about our client's personal data.
Please be advised that we represent {client} in all matters concerning <<his||her>> personal data held by Taskbridge.
"""
P["agent.parent"] = r"""
I am the [[father||mother]] of {client}, who is {client_age}. <<He||She>> created an account on your site without our knowledge.
My <<son||daughter>> {client_first} is {client_age} years old and signed up to Taskbridge to offer homework help, which <<he||she>> is not allowed to do. I am writing as <<his||her>> parent and legal guardian.
I'm writing on behalf of my <<son||daughter>>, {client} ({client_age}), who used your platform for a school project.
As the parent of a minor ({client}, aged {client_age}), I am contacting you about the account <<he||she>> opened last month.
"""
P["agent.family"] = r"""
I am writing on behalf of my <<father||mother>>, {client}, for whom I hold a lasting power of attorney.
My <<husband||wife>>, {client}, is currently in hospital and has asked me to deal with this on <<his||her>> behalf.
I act for my elderly <<father||mother>>, {client}, under a registered power of attorney.
I am writing for my <<brother||sister>> {client}, who has asked me to handle <<his||her>> Taskbridge matters while <<he||she>> is abroad.
"""
P["agent.ccpa"] = r"""
I am an authorized agent acting on behalf of {client}, a California resident, under Cal. Civ. Code § 1798.135 and 11 CCR § 7063.
{agency} is an authorized agent registered with the California Secretary of State. We have been authorized by {client} to submit the following request under the CCPA/CPRA.
This request is submitted by an authorized agent on behalf of the consumer {client}.
On behalf of our client {client}, a California consumer, we submit this request pursuant to the California Consumer Privacy Act.
"""
P["agent.auth"] = r"""
A signed letter of authority is attached.
Please find attached a copy of the power of attorney and of <<his||her>> passport.
I enclose <<his||her>> written authorisation and a copy of my own ID.
Proof of authority is attached to this e-mail.
A copy of the signed mandate is enclosed; please let us know if you need anything further to verify our authority.
"""
P["agent.auth.ccpa"] = r"""
Attached is the consumer's signed permission authorizing us to act on <<his||her>> behalf, as required by 11 CCR § 7063.
The signed authorization form and proof of our registration are attached.
{client_first} will verify <<his||her>> identity directly with you if required.
"""
P["agent.client_id"] = r"""
{client}'s account is registered under {client_email} ({client_acc}).
For identification: {client}, date of birth {client_dob}, {client_address}.
The account in question is {client_acc}, registered to {client_email}.
<<His||Her>> registered e-mail address is {client_email} and <<his||her>> phone number {client_phone}.
"""
P["agent.task_intro"] = r"""
I'm writing on behalf of {client}, who runs {company}.
I'm {client}'s assistant and I'm placing this order for <<him||her>>.
Our agency manages projects for {client} at {company}, and we'd like to book the following.
I handle procurement for {company} and was asked by {client} to arrange this.
{client} asked me to get in touch on <<his||her>> behalf.
"""

# chat transcripts and web forms
P["chat.open"] = r"""
hi
hello
hi there
Hi, quick question
hey, can someone help me
Hello, is anyone there?
hi, I need some help
"""
P["chat.agent_greet"] = r"""
Hi {first}, thanks for contacting Taskbridge. How can I help today?
Hello! You're chatting with {agent}. What can I do for you?
Hi, thanks for waiting. How can I help?
Good to see you, {first}. What can I help with?
"""
P["chat.agent_ask"] = r"""
Sure. Could you confirm the e-mail address or account ID on your account?
Let me look into that. Which e-mail address or account ID is it about?
Thanks. To find your account, can you give me your account ID or e-mail?
Okay, can you confirm your e-mail address or account number so I can find you?
"""
P["chat.agent_end"] = r"""
Thanks, I've logged this as ticket {ticket}. You'll get an e-mail confirmation shortly.
Understood. I've passed this to the right team and you'll hear back by e-mail.
Noted, {first}. I've created a ticket ({ticket}) and someone will follow up.
Thanks for letting us know. We'll confirm by e-mail once it's handled.
All right, I've forwarded your request. Anything else I can help with?
"""
P["chat.agent_end_ord"] = r"""
Thanks, I've created ticket {ticket} for this.
Got it. I'll pass this on and someone will get back to you shortly.
Okay, I've forwarded this. You'll get an update by e-mail.
Thanks {first}, I'll look into it and come back to you.
Sure, I've added a note to your project. Anything else?
"""
P["chat.cust_end"] = r"""
thanks
ok great, thanks
thank you!
cheers
perfect, thx
ok
"""
P["form.labels"] = r"""
title=Contact form submission|name=Name|email=Email|phone=Phone|account=Account ID|order=Order number|topic=Topic|message=Message|sent=Submitted
"""
P["form.topic_privacy"] = r"""
Privacy / personal data
Data protection
My privacy rights
Privacy request
"""
P["form.topic_generic"] = r"""
General enquiry
My account
Other
Feedback
"""
P["form.topic_project"] = r"""
New project
Question about an order
Get a quote
Project / order
"""
P["form.topic_support"] = r"""
Account & login
Billing & payments
Technical problem
Payments
"""

# subjects
P["subj.generic"] = r"""
Question
My account
Request
Account {acc}
Hello
Quick question
Following up
Help needed
Ticket {ticket}
Order {order}
"""
P["subj.formal"] = r"""
Data protection request – {name}
Request under the GDPR
Formal request regarding my personal data
Data subject request – account {acc}
Exercise of data protection rights
"""
P["subj.formal.ccpa"] = r"""
CCPA consumer request – {name}
Verifiable consumer request (CCPA/CPRA)
Privacy request under California law
Consumer privacy request – account {acc}
"""
P["subj.agent"] = r"""
Data protection request on behalf of {client}
Personal data of {client}
Authorized agent request – {client}
Request regarding {client}'s account
"""
P["subj.access"] = r"""
Subject access request
Copy of my data
What data do you hold?
Access to my personal information
DSAR – {name}
My data
"""
P["subj.deletion"] = r"""
Delete my account
Please delete my data
Erasure request
Account deletion
Remove my details
Right to be forgotten
"""
P["subj.correction"] = r"""
Wrong details on my account
Correction of my personal data
Please update my details
Incorrect information
Name change
"""
P["subj.portability"] = r"""
Data export
Moving my data
Data portability request
Export of my account data
"""
P["subj.restriction"] = r"""
Please pause processing of my data
Restriction of processing
Hold on my data
Dispute – please freeze my data
"""
P["subj.objection"] = r"""
Objection to processing
Profiling
Use of my data for AI
I object
"""
P["subj.opt_out"] = r"""
Unsubscribe
Stop the emails
Marketing emails
Do not sell my personal information
Opt-out
Too many newsletters
"""
P["subj.other_privacy"] = r"""
Question about my data
Data breach?
Who has my data?
Privacy question
Consent
"""
P["subj.writing"] = r"""
Copywriting job
Blog articles
Website copy
Proofreading request
Content for our new site
Draft feedback
"""
P["subj.translation"] = r"""
Translation request
Translation job – {lang2}
Quote for translation
Localisation project
Subtitles
"""
P["subj.design"] = r"""
Logo design
Flyer design
Design revisions
New brand identity
Landing page mock-up
Draft v2
"""
P["subj.software"] = r"""
Bug fix needed
Website issue
Developer needed
App project
Script request
Staging server
"""
P["subj.bookkeeping"] = r"""
Bookkeeping
VAT return
Monthly accounts
Year-end accounts
Ledger corrections
"""
P["subj.marketing"] = r"""
Newsletter campaign
Google Ads
Social media plan
SEO audit
Campaign launch
"""
P["subj.data_analysis"] = r"""
Data analysis project
Dashboard
Survey analysis
Sales report
Q3 report
"""
P["subj.platform_support"] = r"""
Login problem
Payment issue
Double charge
Invoice question
Can't upload files
Account settings
"""
P["subj.chat"] = r"""
Live chat transcript
Chat with {first}
Live chat – {date}
Chat conversation
"""
P["subj.form"] = r"""
New contact form message
Website form: new message
Contact request from {name}
"""
P["task.extra"] = r"""
I've attached the brief.
Let me know what it would cost.
Happy to jump on a call if that helps.
Can you give me a rough quote?
Files are in the shared folder.
Please let me know who'd be available.
Budget is around {budget}.
We need it {deadline}.
Let me know if anything is unclear.
Thanks in advance!
"""
P["deadlines"] = r"""
by Friday
by the end of next week
before the 15th
within five working days
by Monday morning
before the end of the month
as soon as possible
by Thursday at the latest
"""
P["budgets"] = r"""
$400
£350
€500
$1,200
£600
$250
€900
"""
P["lang2"] = r"""
German
French
Spanish
Italian
Dutch
Portuguese
Polish
Japanese
Swedish
"""

# ------------------------------------------------------------------ privacy requests (core)
P["req.access.plain"] = r"""
Can you send me a copy of all the personal data you have about me?
What info do you actually hold on me? I'd like to see all of it.
I'd like to know exactly what data Taskbridge has stored about me — profile, orders, messages, everything.
Please send me everything you've got on file about me.
How do I get a copy of my data? I want to see what you keep on me.
I want a full copy of my personal information, including the chat logs with providers and any notes your support team wrote about me.
Could you tell me what personal details you've collected about me and where you got them from?
I'd like to see what you've recorded about me since I signed up.
Please let me know what personal data of mine you're processing and send me a copy.
need a copy of my data pls
Is there a way to see all the information you store about me? I'd like a copy of it.
I'm curious what you've got on me. Can I have a copy of my records?
Could you pull together all the data connected to my name and e-mail and send it over?
Just want to know what you know about me. Send me whatever you have please.
What personal info do you keep about me, and for what? Please send me a copy.
"""
P["req.access.formal"] = r"""
I hereby submit a subject access request under Article 15 of the UK GDPR and ask you to provide a copy of all personal data you hold about me.
Pursuant to Article 15 GDPR, please confirm whether you process personal data concerning me and, if so, provide a copy of that data together with the information listed in Article 15(1)(a) to (h).
Please treat this e-mail as a data subject access request (DSAR). I ask for a copy of all my personal data, the purposes of processing, the categories of data concerned and the retention periods.
I request access to my personal data in accordance with Article 15 of the General Data Protection Regulation, including any data held in back-up systems, support tickets and internal notes.
This is a formal request for access to the personal data you process about me (Art. 15 GDPR). Please provide the copy in a commonly used electronic form.
Kindly provide me with a copy of all personal information relating to me held by Taskbridge, as is my right under data protection law.
I am exercising my right of access and request copies of all records containing my personal data, including e-mails, call notes and dispute files.
Please provide confirmation of the personal data you hold about me, the sources from which it was obtained and the logic of any automated decision-making applied to it.
"""
P["req.access.ccpa"] = r"""
Under the California Consumer Privacy Act (Cal. Civ. Code § 1798.110), I request to know the specific pieces of personal information you have collected about me, the categories of sources and the business purposes for collecting it.
I am exercising my right to know under the CCPA/CPRA. Please disclose the categories and specific pieces of personal information you have collected about me.
Pursuant to Cal. Civ. Code §§ 1798.100 and 1798.110, please provide me with a copy of the personal information you have collected about me.
This is a request to know. Please tell me what personal information you have collected, used and disclosed about me, and provide a copy of it.
Please treat this as a CCPA right-to-know request covering all personal information you hold about me, including inferences drawn from it.
"""
P["req.deletion.plain"] = r"""
Please delete my account and all the data you have on me.
I don't use Taskbridge anymore — can you get rid of everything you have on me?
Please wipe my profile, order history and messages. I want nothing left on your servers.
Can you remove all my personal info from your system? Thanks.
I'd like my account closed and my details erased for good.
Please erase my data. I never finished signing up and don't want my details sitting in your database.
delete my account pls and everything linked to it
Could you permanently delete my personal information? That includes my phone number and home address.
I want to be removed from your platform entirely — account, profile photo, reviews, the lot.
Please make sure all records of me are deleted, including the copy of my ID I uploaded for verification.
Delete everything about me, please. I'm done with this site.
I want my data gone. All of it. Please confirm when it's done.
Please close my account and scrub my personal details from your systems.
Can you make sure my name and address are no longer stored anywhere on your side?
"""
P["req.deletion.formal"] = r"""
I request the erasure of all personal data concerning me pursuant to Article 17 GDPR.
I am exercising my right to erasure ('right to be forgotten') under Article 17(1) GDPR. The data are no longer necessary for the purposes for which they were collected.
Please erase my personal data without undue delay and confirm in writing once the erasure has been completed, stating which data, if any, you are legally obliged to retain.
I ask that you delete my user account together with all personal data linked to it, and that you inform any recipients of the erasure as required by Article 19 GDPR.
Under Article 17 of the UK GDPR, I request that you permanently delete all personal data you hold about me, including data held by your processors.
I hereby request the deletion of my customer account {acc} and of all associated personal data.
Please delete all personal information relating to me from your systems and confirm the date on which the deletion was carried out.
"""
P["req.deletion.ccpa"] = r"""
Under the CCPA (Cal. Civ. Code § 1798.105), I request that you delete any personal information about me that you have collected, and that you direct your service providers and contractors to do the same.
Please treat this as a request to delete my personal information under the California Consumer Privacy Act.
I am exercising my right to delete under the CCPA/CPRA. Please delete all personal information you have collected from me and confirm in writing.
This is a CCPA deletion request for all personal information associated with the account registered to {email}.
"""
P["req.correction.plain"] = r"""
My surname is spelled wrong on my profile — it should be {last}, not {wrong_last}.
You've still got my old address on file. I moved — it's {address} now.
Can you fix my date of birth? Your records say {wrong_dob}, the correct one is {dob}.
Please update my name on the account — I got married and I'm now {name}.
The phone number you have for me is wrong. The right one is {phone}.
My profile still shows my maiden name {old_last}. Please correct it to {last}.
The invoices you send me have my name misspelled as {wrong_name}. Could you correct it in your records?
Please correct the personal details you hold for me: both the address and the date of birth are wrong.
your system has my email as {old_email}, it's {email} now, please fix
Your records list me as living at {old_address}. I haven't lived there for years; please change it to {address}.
My first name is {first}, not the nickname your system shows. Please correct my details.
Could you fix my details? The birthday on my account is wrong ({wrong_dob} instead of {dob}).
"""
P["req.correction.formal"] = r"""
Pursuant to Article 16 GDPR, I request the rectification of inaccurate personal data concerning me: my date of birth is recorded as {wrong_dob}; the correct date is {dob}.
I hereby exercise my right to rectification. The postal address in my customer record ({old_address}) is incorrect and should read: {address}.
Please rectify the following inaccurate personal data without undue delay and confirm once done: surname (recorded as {wrong_last}, correct: {last}).
I request that my personal data be rectified under Article 16 GDPR, as the name on my account does not match my legal name, {name}.
Your records about me are inaccurate. I ask that you correct my contact details (e-mail: {email}; telephone: {phone}) and notify any recipients of the correction.
I request the correction of my personal data: the surname recorded ({old_last}) is my former name; my current legal surname is {last}.
"""
P["req.correction.ccpa"] = r"""
Under the CPRA (Cal. Civ. Code § 1798.106), I request that you correct inaccurate personal information you maintain about me, namely my name and mailing address.
I am exercising my right to correct. My mailing address on file is wrong; the correct address is {address}.
Please correct the inaccurate personal information in my account: my date of birth is {dob}, not {wrong_dob}.
"""
P["req.portability.plain"] = r"""
I'm moving to another platform. Can you send me my data in a format I can import there, like CSV or JSON?
Could I get all my project data and profile info as a machine-readable file? I want to take it with me.
Please export my data in a structured format so I can move it to a different service.
Can you transfer my order history and reviews directly to {other_platform}? They told me they accept imports.
I'd like my personal data in JSON so I can upload it to my new provider.
Is there a way to get my whole account (profile, orders, reviews) as a file I can import somewhere else?
I'm switching to {other_platform}. Please hand my data over to them, or send it to me in a machine-readable form.
I need everything I gave you — profile, briefs, ratings — in a standard format so I can bring it to another marketplace.
Can you package up my account data in CSV so I can migrate to {other_platform}?
"""
P["req.portability.formal"] = r"""
Pursuant to Article 20 GDPR, I request to receive the personal data I have provided to you in a structured, commonly used and machine-readable format.
I exercise my right to data portability and ask that my personal data be transmitted directly to {other_platform} where technically feasible (Art. 20(2) GDPR).
Please provide the personal data concerning me which I provided to Taskbridge in a machine-readable format (for example JSON or CSV), in accordance with my right to data portability.
I hereby request the data I have provided (profile, orders, messages, reviews) in a structured, machine-readable format, so that I can transmit it to another controller.
In exercise of my right under Article 20 of the UK GDPR, please export my account data in an interoperable format and confirm the format used.
"""
P["req.portability.ccpa"] = r"""
Under the CCPA, I request that the personal information you provide to me be delivered in a portable and, to the extent technically feasible, readily usable format that allows me to transmit it to another entity without hindrance.
Please provide my personal information in a structured, machine-readable format (JSON or CSV) so that I can transfer it to {other_platform}.
I request a portable copy of the personal information I have provided to you, in a format I can import into another service.
"""
P["req.restriction.plain"] = r"""
Please don't do anything with my data until you've sorted out the billing dispute — just freeze it.
I'm disputing the info on my account. Until that's resolved, stop using my data, but don't delete it yet.
Can you put my account data on hold? I don't want it processed while my dispute with the provider is open.
Don't delete my stuff — I need it for a legal claim — but please stop using it for anything else.
Please lock my data so it's only stored and not used until we've cleared up whether the address you have is right.
I'd like you to stop processing my personal data for now while I check whether your records are correct.
Until the issue with order {order} is settled, please keep my data frozen. Store it, don't use it.
Put a hold on my personal data please. No processing until my complaint about the provider is resolved, but keep everything.
"""
P["req.restriction.formal"] = r"""
I request the restriction of processing of my personal data pursuant to Article 18(1)(a) GDPR for a period enabling you to verify the accuracy of the data.
Pending the outcome of the dispute regarding order {order}, I ask that you restrict the processing of my personal data in accordance with Article 18 GDPR and limit it to storage.
I do not want my data erased, as I require it for the establishment of legal claims; I therefore request restriction of processing under Article 18(1)(c) GDPR instead.
Please restrict the processing of my personal data until my earlier objection has been assessed (Article 18(1)(d) GDPR).
I hereby request that you mark my personal data as restricted and refrain from any processing other than storage until this matter is resolved.
Please suspend all processing of my personal data, other than storage, while the accuracy of your records is being reviewed.
"""
P["req.objection.plain"] = r"""
I don't want my profile used for your AI matching or any kind of profiling. Please stop.
I object to you analysing my messages with AI to 'improve the service'. Please stop using my data that way.
Please stop using my order history to build a profile of me. I never agreed to that and I don't want it.
I saw in your privacy policy that you use my data for 'legitimate interests' like analytics. I object to that.
Stop feeding my project files into your machine learning models, please.
I don't want you scoring me or ranking my profile based on how I behave on the site.
Please exclude my data from your analytics and customer scoring.
I'm not OK with my chats being analysed by your AI tools. Please stop using my data for that.
Don't use my data for your 'smart recommendations' profiling — I'm opting out of that.
"""
P["req.objection.formal"] = r"""
I object, pursuant to Article 21(1) GDPR, to the processing of my personal data based on your legitimate interests, including profiling.
On grounds relating to my particular situation, I hereby object to the processing of my personal data for the purpose of training or evaluating AI models.
I object to the automated analysis and profiling of my usage data described in your privacy notice and ask that you cease this processing.
Under Article 21 GDPR, I object to the use of my personal data for internal analytics and customer scoring. Please confirm that this processing has stopped.
I formally object to any processing of my personal data that relies on Article 6(1)(f) GDPR.
I object to the use of my messages and project files for the development of your AI features and ask that this processing cease.
I do not consent to, and object to, the profiling of my account for the purposes of ranking and recommendations.
"""
P["req.opt_out.plain"] = r"""
Please stop sending me marketing emails.
unsubscribe me from all your newsletters
Take me off your mailing list, I keep getting promo emails even though I clicked unsubscribe.
Please stop the text messages with offers, I never asked for them.
Do not sell or share my personal information.
I'd like to opt out of targeted ads — please stop sharing my data with advertising partners.
No more promotional emails or calls please.
Can you stop the 'recommended providers' newsletter? And the discount emails too.
Please remove {email} from all your marketing lists.
I get three offers a week from you. Make it stop please.
stop emailing me your deals
I don't want any more marketing from Taskbridge, in any form.
"""
P["req.opt_out.formal"] = r"""
I hereby withdraw my consent to receiving marketing communications by e-mail, SMS or telephone.
I ask that you cease all direct marketing to me and remove my contact details from your marketing lists.
Please ensure that I receive no further promotional communications from Taskbridge or its partners.
I request that my e-mail address {email} be removed from all newsletters and marketing campaigns with immediate effect.
Please stop using my contact details for marketing purposes and confirm that my preferences have been updated.
"""
P["req.opt_out.ccpa"] = r"""
Under the CCPA/CPRA, I direct you not to sell or share my personal information (Cal. Civ. Code § 1798.120).
Please treat this as my request to opt out of the sale and sharing of my personal information, including for cross-context behavioral advertising.
I opt out of the use of my personal information for targeted advertising. Please also honor the Global Privacy Control signal sent by my browser.
Do Not Sell or Share My Personal Information: please process this opt-out for the account registered to {email}.
"""
P["req.other_privacy.plain"] = r"""
Who have you shared my data with? I started getting spam right after I signed up.
I got an email saying there was a data breach. Was my information affected?
Where do you store my data? Is it kept outside the EU?
Is my data used to train your AI? How does that work?
I'd like to withdraw my consent. Whatever I agreed to when I signed up, I no longer agree.
Who is your data protection officer and how do I contact them?
How long do you keep my data after I stop using the platform?
Did the provider I worked with get my home address? I never gave permission for that.
I want to make a complaint to your DPO about how my data was handled.
A provider contacted me on my private number outside the platform. How did they get it?
Do you sell my data to anyone? I'd like to understand what happens to it.
I want my [[husband||wife]] {rep} to be able to deal with privacy matters on my account for me. What do you need for that?
"""
P["req.other_privacy.formal"] = r"""
Please provide the identity of all third parties and service providers to whom my personal data has been disclosed since {year}.
I hereby withdraw all consents I have given to Taskbridge, with effect for the future (Art. 7(3) GDPR).
I wish to lodge a complaint with your Data Protection Officer regarding the disclosure of my contact details to a provider without my knowledge.
Please inform me whether my personal data was affected by the security incident reported last week and what measures you have taken.
Please let me know whether my personal data is transferred to countries outside the EEA and, if so, which safeguards under Article 46 GDPR you rely on.
I am writing to notify you that I have appointed {rep} as my authorised representative in all data protection matters concerning my account. Please direct further correspondence to them.
Please explain on what legal basis you process my personal data and for which purposes.
"""

# combined requests in one sentence (order of types does not matter)
P["combo.access+deletion"] = r"""
Please send me a copy of everything you hold on me first, and once I've got it, delete it all.
I want to see what you've stored about me and then have it wiped.
I request a copy of my personal data under Article 15 GDPR and, once provided, the erasure of all such data under Article 17 GDPR.
Before you close my account, I'd like a copy of all my data. After that please delete the lot.
"""
P["combo.deletion+opt_out"] = r"""
Take me off your mailing lists and delete my account while you're at it.
Stop the newsletters and please remove my account and data completely.
Please stop all marketing to me and erase my personal data from your systems.
"""
P["combo.correction+opt_out"] = r"""
Fix my surname on the account (it's {last}, not {wrong_last}) and please stop the marketing emails.
Please update my address to {address} — and no more promotional mail to it, thanks.
Change my e-mail on file to {email} and don't send marketing to the new one either.
"""
P["combo.deletion+portability"] = r"""
Send me my data as a JSON export so I can move to {other_platform}, then close my account and delete everything.
Please export my account in a machine-readable format and, once I confirm I have it, erase all my data.
I'm switching to {other_platform}: give me my data in CSV and then delete my profile.
"""
P["combo.correction+restriction"] = r"""
My date of birth is wrong in your records — until it's fixed, please don't use my data for anything.
Please correct my address and pause any processing of my data until that's done.
The name on my account is wrong. Restrict the use of my data until you've corrected it.
"""
P["combo.objection+restriction"] = r"""
I object to the profiling and I want processing of my data paused while you look into my objection.
Stop the AI analysis of my account, and until you've decided on my objection, don't process my data at all.
I object to your use of my data for analytics; please restrict all processing until this is resolved.
"""
P["combo.access+other_privacy"] = r"""
Tell me what you hold on me and who you've shared it with.
Please send me a copy of my data and a list of every company you passed it to.
I want to know what data you have about me, where it is stored and whether it has left the EU.
"""
P["combo.objection+opt_out"] = r"""
Stop the newsletters and stop using my data for your recommendation algorithm.
No more marketing e-mails, and please stop profiling me for 'personalised' suggestions.
I want out of your marketing and out of your AI profiling.
"""
P["combo.access+portability"] = r"""
Please tell me what data you hold on me and send it in a machine-readable format I can take to {other_platform}.
I'd like a full copy of my data, in JSON if possible, so I can move it elsewhere.
Pursuant to Articles 15 and 20 GDPR, please provide a copy of my personal data and the data I provided to you in a machine-readable format.
"""
P["combo.deletion+other_privacy"] = r"""
Please tell me who you've shared my details with, and then delete them.
I think my data was leaked. Let me know what happened and delete my account.
Please explain which third parties received my personal data and then erase it from your systems.
"""

# agents: third-person request sentences (core)
P["agent_req.access"] = r"""
Please provide a copy of all personal data you hold about {client}, including order history, messages and internal notes.
We ask you to confirm whether you process personal data relating to {client_first} and, if so, to provide access to it.
On {client_first}'s behalf I request to know the categories and specific pieces of personal information you have collected about <<him||her>>.
Please send us a copy of everything Taskbridge has on file about {client}.
{client_first} requests a copy of <<his||her>> personal data together with the purposes of processing and the recipients.
"""
P["agent_req.deletion"] = r"""
Please delete {client}'s account and all personal data associated with it.
We request the erasure of all personal data concerning {client_first} without undue delay.
I ask that you remove <<his||her>> profile, messages and any uploaded documents permanently.
On {client_first}'s behalf I request that you delete the personal information you have collected from <<him||her>> and instruct your service providers to do likewise.
Please close the account and confirm in writing that all of <<his||her>> data has been erased.
"""
P["agent_req.correction"] = r"""
Your records contain an incorrect date of birth for {client_first}; the correct date is {client_dob}. Please rectify this.
Please correct {client}'s postal address to {client_address}.
The surname held on file for {client_first} is misspelt. Please correct it to {client_last}.
We ask that you rectify the inaccurate personal data held about {client} and confirm the correction.
"""
P["agent_req.portability"] = r"""
Please provide {client_first}'s personal data in a structured, machine-readable format so that it can be transferred to another service.
We request that {client_first}'s data be transmitted directly to {other_platform} in a commonly used format.
Please export the data {client_first} provided to you (profile, orders, reviews) as JSON or CSV.
{client_first} wishes to take <<his||her>> data to another platform and asks for a portable export.
"""
P["agent_req.restriction"] = r"""
Pending resolution of the dispute concerning order {order}, please restrict the processing of {client}'s personal data to storage only.
{client_first} contests the accuracy of the data you hold about <<him||her>>; please restrict processing until this has been verified.
Please do not delete {client_first}'s data, as it is needed for legal proceedings, but cease all other processing.
We request that you freeze the processing of {client}'s personal data until further notice.
"""
P["agent_req.objection"] = r"""
{client_first} objects to the profiling of <<his||her>> account and to the use of <<his||her>> data for AI-based analysis.
{client_first} objects to any processing of <<his||her>> personal data based on your legitimate interests.
Please stop using {client}'s data for scoring, ranking and the training of machine-learning models.
On {client_first}'s behalf we object to the processing of <<his||her>> personal data for analytics purposes.
"""
P["agent_req.opt_out"] = r"""
Please stop all marketing communications to {client}.
{client_first} opts out of the sale and sharing of <<his||her>> personal information.
Please remove {client_email} from all marketing lists with immediate effect.
{client_first} does not wish to receive any further promotional e-mails or text messages.
"""
P["agent_req.other_privacy"] = r"""
Please tell us with which third parties {client}'s personal data has been shared.
We would like to know whether {client}'s data was affected by the recent security incident.
{client_first} withdraws all consents given to Taskbridge.
Please direct all future correspondence on data protection matters concerning {client} to us.
Please let us know where {client_first}'s data is stored and whether it is transferred outside the EEA.
"""

# ------------------------------------------------------------------ ordinary work (core)
P["task.writing"] = r"""
We need a 1,200-word blog post on remote onboarding for small teams, SEO-friendly, {deadline}.
Could someone write product descriptions for 40 items in our online shop? Tone: friendly and short.
I'm looking for a copywriter to rewrite the About page of our website — current text attached.
Please proofread my master's thesis (about 80 pages) for grammar and style.
We need a press release announcing our new office in {city}.
Can you ghostwrite three LinkedIn posts a week for our CEO over the next month?
I need a cover letter and a polished CV for a project manager role.
Please edit the attached short story — mostly flow and dialogue, not a full rewrite.
We need the script for a 90-second explainer video about our app.
Looking for someone to write the copy for a five-email welcome series.
Could you write a speech for my sister's wedding? About five minutes, funny but not embarrassing.
I need a grant application narrative for our community garden project, max 2,000 words.
"""
P["task.translation"] = r"""
Please translate our 12-page user manual from English into {lang2}, {deadline}.
I need a certified translation of my birth certificate into {lang2} for a visa application.
Can you translate the attached contract (about 3,500 words) into {lang2}? Legal terminology matters.
We need our website (about 20 pages) localised into {lang2}, including the checkout pages.
Please subtitle our 8-minute product video in {lang2}.
Quick job: translate this 300-word e-mail to a supplier into {lang2}.
We're looking for a native speaker to review a machine translation of our app strings into {lang2}.
I need my university transcripts translated into {lang2} for a job application abroad.
Can someone translate our restaurant menu into {lang2} and English?
We need an interpreter-quality translation of our investor deck into {lang2}.
"""
P["task.design"] = r"""
We need a new logo for our bakery — something warm and hand-drawn, three concepts to start.
Please design a one-page flyer for our summer sale, A5, print-ready PDF.
Can you mock up a landing page in Figma for our new product?
I need business cards for two employees, front and back, {deadline}.
Looking for a designer to create 10 social media templates in our brand colours.
Please redesign the cover of my e-book, the current one looks dated.
We need a set of about 25 line icons for our mobile app.
Could you design packaging for our new tea range? Three flavours, same layout.
I'd like an illustrated wedding invitation, with matching RSVP cards.
We need a poster for a charity concert on the 12th, A2 and a square version for Instagram.
"""
P["task.software"] = r"""
Our WordPress site loads very slowly on mobile; can someone profile it and fix the worst issues?
We need a small Python script that merges our weekly CSV exports into one Excel file.
Please fix the bug in our Shopify checkout where the discount code isn't applied.
Looking for a developer to build a simple booking form with e-mail confirmation.
Can you migrate our database from MySQL 5.7 to 8.0 without downtime?
We need an API integration between our CRM and our invoicing tool.
The iOS app crashes on launch since the last update — we need someone to look at the crash logs.
Please add a dark mode to our React web app.
We'd like automated tests for our Django backend; coverage is close to zero right now.
Can someone set up a CI pipeline on GitHub Actions for our Node project?
"""
P["task.bookkeeping"] = r"""
I need help preparing my VAT return for Q3 — receipts are in the shared folder.
Could someone reconcile our bank statements for September and October?
We need a bookkeeper for about 10 hours a month to keep our ledger up to date.
Please prepare the year-end accounts for my sole trader business.
Can you set up our chart of accounts in Xero and import the opening balances?
I need payroll for three employees processed for November.
Please categorise last quarter's expenses and flag anything that looks off.
We're behind on invoicing — can someone chase our overdue customer invoices and update the aged debtors list?
I need a cash-flow forecast for the next 12 months for a bank loan application.
"""
P["task.marketing"] = r"""
We want to run a Google Ads campaign for our yoga studio, budget {budget} per month.
Can you plan a social media calendar for December (Instagram and TikTok)?
We need a newsletter template and the first two campaigns set up in Mailchimp.
Looking for an SEO audit of our online shop plus a list of quick wins.
Please set up conversion tracking and retargeting on Meta for our product launch.
We need an influencer outreach plan for our new skincare line.
Could someone write and schedule our LinkedIn ads for the trade fair in {city}?
We'd like a competitor analysis and positioning workshop for our new app.
Please manage our Instagram account for three months — 4 posts a week plus stories.
"""
P["task.data_analysis"] = r"""
Can you analyse our sales data from the last two years and find seasonal patterns?
We need a Power BI dashboard for our support ticket volumes.
Please clean up our survey results (about 1,500 responses) and run a basic segmentation.
I need a regression analysis for my thesis data, in R or SPSS.
Could someone build a churn model from our subscription data?
We'd like an evaluation of the A/B test on our pricing page.
Please build a Looker Studio report that pulls from our Google Sheets and Google Ads.
We have three years of web shop orders and want to know which products are bought together.
Can you forecast next year's demand for our top 20 products?
"""
P["task.platform_support"] = r"""
I was charged twice for order {order}. Can you refund the duplicate payment?
The payment page keeps showing an error when I try to pay by card.
I can't upload files bigger than 20 MB to the project chat. Is there a limit?
How do I add a second user to our company account?
My invoice {inv} shows the wrong VAT rate, can you reissue it?
The provider hasn't replied in five days and the deadline has passed. What can I do?
I'd like to switch from monthly to yearly billing.
Notification e-mails about new messages stopped arriving a week ago.
Where can I download all my invoices for last year?
The milestone payment for {order} is stuck on 'pending' for a week now.
The page freezes when I try to leave a review for my provider.
Can I change the currency on my account from GBP to EUR?
"""

P["hard.writing"] = r"""
Could you write a privacy policy for my online shop? We're based in the EU, so it needs to be GDPR-compliant.
Please delete the second paragraph and correct the typos in the intro.
We need a blog article explaining the right to be forgotten to small business owners.
Please write the text for our cookie banner and our 'Do Not Sell or Share My Personal Information' page.
Can you draft template replies for when our own customers send us data access requests?
Rewrite the 'Your data, your rights' section of our FAQ in plain English.
The draft still has our old office address in the footer. Please update it and remove the outdated phone number.
I need a GDPR consultant to review and rewrite our data processing agreement with suppliers.
Please remove all personal anecdotes from chapter three and correct the names of the interviewees as listed in the attached sheet.
"""
P["hard.translation"] = r"""
Please translate our data protection notice into {lang2}.
We need our GDPR data processing agreement translated into {lang2}, legal register.
Translate the attached 'How to delete your account' help article into {lang2}.
Can you translate a court decision about the right of access into {lang2}?
Please correct the mistakes in the {lang2} translation of our privacy policy; our lawyer flagged a few.
We need the 'unsubscribe' and 'manage preferences' strings of our newsletter translated into {lang2}.
Please translate our employee privacy notice and the consent form into {lang2} before the new hires start.
"""
P["hard.design"] = r"""
Please delete the old logo from the draft and use the new one.
Remove the watermark from the product photos, please.
I object to the design change in v3 — please go back to the blue header.
Can you design a GDPR consent pop-up that doesn't look scary?
Please erase the background from these 30 headshots.
Update the address on the letterhead design, we've moved to {address}.
Delete the stock photo of the family from the landing page and correct the colour of the CTA button.
We need icons for 'download my data', 'delete account' and 'privacy settings' in our app.
"""
P["hard.software"] = r"""
Add an 'export my data' button to our customer portal so our users can download their info as CSV.
Our users can't delete their accounts in the app you built for us — the button throws a 500 error.
Please implement an opt-out checkbox for marketing consent in our signup form.
I can't access the staging server anymore, my SSH key seems to be rejected.
We need to restrict access to the admin panel to our office IP range.
Write a script that anonymises the personal data in our test database.
We need a data-subject-request workflow in our CRM so our support team can handle GDPR requests.
Please fix the 'forgot password' flow; the reset link expires immediately.
Our cookie consent banner doesn't block Google Analytics before consent. Can you fix that?
"""
P["hard.bookkeeping"] = r"""
Please delete the duplicate entries for invoice {inv} in the ledger.
Correct the VAT on the October entries — you booked 20% instead of 5%.
I need access to the shared accounting folder; the link you sent says permission denied.
Update the address on the invoice template to our new office.
Can you export the general ledger as CSV for our tax adviser?
Please remove my old business bank account from the bookkeeping software and correct the opening balance.
Restrict the payroll folder so only the director and you can open it.
"""
P["hard.marketing"] = r"""
The unsubscribe button isn't working on the newsletter you're building for us — please fix it before Thursday's send.
Please remove all bounced addresses from our mailing list and clean up the segments.
We need a re-permission campaign so our existing subscribers confirm their consent.
Can you set up Mailchimp so people who opt out are automatically removed from the ads audience?
Stop the Facebook campaign, it's burning budget — pause all ads until Monday.
Our opt-out rate doubled after the last campaign. Can you look into why and suggest changes?
Please delete the old landing pages from the Google Ads account and correct the tracking parameters.
"""
P["hard.data_analysis"] = r"""
Export the sheet as CSV and delete the test rows before you send it.
Analyse the survey data, but anonymise the respondents first — no names in the report.
Please correct the figures in the Q3 churn report; the totals don't match.
Can you restrict the dashboard so only the finance team can see the salary data?
We'd like an analysis of how many of our customers opted out of marketing last year.
Please remove the personal identifiers from the dataset and re-run the clustering.
Can you analyse how long it takes our team to answer data access requests from our customers?
"""
P["hard.platform_support"] = r"""
I can't access my account — the password reset e-mail never arrives.
How do I delete a draft project I created by mistake?
My two-factor codes are being rejected and I'm locked out.
Please remove {provider} from my project team, they've finished their part.
Can you restrict access to the shared folder so only I can see it?
The 'export invoices' button gives me an empty file.
Please correct the company name on my invoices, it should read {company}.
I can't access the order page, it just says 'access denied'.
How do I unsubscribe from notifications for a project that's already finished? The link in the e-mail doesn't work.
"""

P["followup.writing"] = r"""
Thanks for the draft! Could you make the intro shorter and add a call to action at the end?
Looks great. Can you cut about 200 words and keep the tone a bit more formal?
One change: please swap the second and third sections and add subheadings.
Could you add two more product descriptions? Files attached.
Can you send the final version as a Word file with tracked changes?
"""
P["followup.translation"] = r"""
Thanks! Could you also translate the two image captions I forgot?
The client asked us to use 'customer' instead of 'client' throughout. Could you update that?
Can you send the translation as a bilingual table so our reviewer can check it?
We've added one more page to the manual. Could you include it?
"""
P["followup.design"] = r"""
Love option B. Can you try it in dark green and make the font a bit bolder?
Could you send the final files as SVG and PNG, plus a version for dark backgrounds?
Please make the headline bigger and move the logo to the top right.
Can we see one more variant with the illustration on the left?
"""
P["followup.software"] = r"""
Tested it on staging, works fine. Can you deploy to production tonight?
The fix works on desktop, but on Android the button is still hidden. Could you check?
Can you add a short README so our team can run it locally?
One more thing: could the export also include the order date?
"""
P["followup.bookkeeping"] = r"""
Thanks. I've uploaded the missing receipts for August — can you add them?
Could you send me the draft VAT return before submitting it?
Please also book the two supplier invoices I forwarded yesterday.
Can you add a short summary of the biggest expense categories?
"""
P["followup.marketing"] = r"""
The first campaign looks good. Can we test a second subject line?
Please move the launch to next Tuesday and adjust the schedule.
Could you send a weekly performance report on Mondays?
Let's increase the daily budget by 20% for the weekend.
"""
P["followup.data_analysis"] = r"""
Great work. Could you split the results by region as well?
Can you add a chart with the monthly trend to the dashboard?
Please include the raw numbers in an appendix.
Could you rerun the model without the 2020 data?
"""
P["followup.platform_support"] = r"""
Thanks, but I still see the same error when I try to pay.
I tried that and it still doesn't work. Any other ideas?
OK, the refund arrived, but the invoice still shows the old amount.
Thanks. Could you also send me a corrected invoice?
"""

P["provider.writing"] = r"""
Here's the first draft. Let me know what you think of the tone.
I've attached version 2 with your comments worked in.
Quick question before I start: who is the target audience?
The final text is in the shared folder. Happy to make small tweaks.
"""
P["provider.translation"] = r"""
Attached is the translation. I kept the product names in English as agreed.
I've finished the first half; the rest will follow tomorrow.
Could you confirm whether you prefer formal or informal address?
Here's the final version, proofread by a second translator.
"""
P["provider.design"] = r"""
Here are three first concepts for the logo. Which direction do you prefer?
I've uploaded the revised flyer with the new photos.
Attached are the final files in all formats.
Before I continue: do you have brand guidelines or a colour palette?
"""
P["provider.software"] = r"""
I've pushed the fix to a branch and deployed it to staging for you to test.
I found the cause — a caching issue in the checkout plugin. Fix is ready.
Could you give me read access to the repository?
Done. The script is attached, with instructions at the top.
"""
P["provider.bookkeeping"] = r"""
I've reconciled September; there are three payments I couldn't match.
The draft VAT return is attached for your review.
Could you send me the bank statements as PDF?
All entries are booked up to the end of October.
"""
P["provider.marketing"] = r"""
The campaign is set up and ready for your approval.
Here's the content calendar for December.
First week results: CTR 2.1%, cost per click below target.
Could you send me access to your ad account?
"""
P["provider.data_analysis"] = r"""
I've attached the first version of the dashboard.
The data has some gaps in March; I've marked them in the report.
Here are the results of the segmentation, five clusters in total.
Could you send me the data dictionary for the export?
"""
P["provider.platform_support"] = r"""
Thanks for contacting us. We've checked your account and reset the payment session. Could you try again?
We've issued a refund for the duplicate charge; it should show within 5–7 working days.
Could you send us a screenshot of the error message?
We've escalated this to our technical team and will update you shortly.
"""
