"""English support messages. Slot syntax: see generate.py."""

LANG = "en"
LOCALES = ["en_US", "en_GB", "en_IE", "en_AU", "en_CA", "en_NZ", "en_IN"]
JOB_LOCALES = ["en_US"]
HONORIFICS = {"m": ["Mr.", "Mr.", "Mr", "Dr.", "Dr", "Prof.", "Mx."],
              "f": ["Mrs.", "Ms.", "Ms", "Mrs", "Miss", "Dr.", "Prof.", "Mx."]}
JOBS = [
    "Senior Accountant", "Network administrator", "Head of Customer Success", "Office Manager", "Marketing Director",
    "Chief Financial Officer", "CFO", "CEO", "Founder & CEO", "Co-founder", "Managing Director", "Operations Manager",
    "Project Manager", "Senior Project Manager", "Product Owner", "UX Designer", "Lead Developer", "Software Engineer",
    "Data Analyst", "Bookkeeper", "Payroll Specialist", "HR Business Partner", "Legal Counsel",
    "Data Protection Officer", "Paralegal", "Executive Assistant", "Procurement Manager", "Finance Manager",
    "Accounts Payable Clerk", "Content Strategist", "Social Media Manager", "Brand Manager", "Creative Director",
    "Art Director", "Freelance Translator", "Freelance Copywriter", "Technical Writer", "IT Manager",
    "Systems Administrator", "Customer Service Representative", "Sales Manager", "Account Executive", "Partner",
    "Owner", "Head of Marketing", "VP of Engineering", "Practice Manager", "Solicitor", "Chartered Accountant",
    "Research Assistant", "Office Administrator", "Head of Finance", "Senior Graphic Designer", "Junior Developer",
]
UNITS = ["Apt. %#", "Apt %#?", "Suite %##", "Flat %", "Flat %?", "Unit %#", "PO Box %###", "P.O. Box %##", "Floor %"]
SERVICES = [
    "logo design", "Logo Design Package", "website translation", "SEO audit", "Excel dashboard", "WordPress site",
    "bookkeeping", "monthly bookkeeping package", "brand identity", "Brand Identity Bundle", "blog articles",
    "product descriptions", "data analysis", "Power BI report", "Shopify store setup", "social media campaign",
    "Social Media Starter Kit", "landing page", "mobile app prototype", "proofreading", "Premium Plan",
    "Business Plan", "Express Delivery", "Data Analysis Pro", "tax return preparation", "press release",
    "newsletter template", "Python script", "market research report", "Pitch Deck Design",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DATE_FORMATS = ["{dd}/{mm}/{Y}", "{mm}/{dd}/{Y}", "{Y}-{mm}-{dd}", "{d} {month} {Y}", "{month} {d}, {Y}",
                "{month} {d}", "{d} {month}", "{d}.{m}.{Y}"]
AMOUNTS = ["${x}.{c}", "${x}", "£{x}", "£{x}.{c}", "€{x}", "EUR {x}.{c}", "USD {x}", "{x} EUR", "AUD {x}", "CA${x}"]

GREETINGS = ["Hi,", "Hello,", "Hi there,", "Dear Taskbridge team,", "Dear Sir or Madam,", "Hi {first4},",
             "Hello {first4},", "Dear {hname4},", "Good morning,", "Hey,", "To whom it may concern,", "Dear Support,",
             "hi {first4:lower}", "Hello Taskbridge Support,", "", "Dear {first4},", "Good afternoon {hname4},"]
CLOSINGS = ["Best regards,", "Kind regards,", "Thanks,", "Thank you,", "Cheers,", "Best,", "Regards,", "Many thanks,",
            "Sincerely,", "Thanks in advance,", "Yours sincerely,", "Yours faithfully,", "All the best,",
            "Warm regards,", "Thx", "BR,"]
SUBJECTS = ["Subject: Change of address", "Subject: Re: Order {order}", "Subject: Data deletion request",
            "Subject: Invoice {invoice} - wrong company name", "Subject: Account of {name}",
            "Subject: Fwd: delivery problem", "Subject: Complaint about provider {name2}",
            "Subject: Question about my {service}"]
WRAPPERS = [
    "---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {weekday}, {date} at {time}\n"
    "Subject: {service}\nTo: {name2} <{email2}>",
    "From: {name} [mailto:{email}]\nSent: {weekday}, {date} {time}\nTo: Taskbridge Support <support@taskbridge.example>\n"
    "Subject: RE: Order {order}",
    "On {weekday}, {date} at {time}, {name} <{email}> wrote:",
    "-----Original Message-----\nFrom: {name2} <{email2}>\nSent: {date}\nTo: {name} <{email}>\n"
    "?Cc: {name3} <{email3}>\nSubject: Invoice {invoice}",
    "Begin forwarded message:\n\nFrom: \"{name}\" <{email}>\nSubject: Re: your order {order}\nDate: {date}\n"
    "To: support@taskbridge.example",
]

SIGNATURES = [
    "{name}\n?{job}\n?{org}\n?{addrblock}\n?T: {phone}\n?E: {email}",
    "{name} | {job} | {org}\n?{phone}",
    "--\n{first} {last}\n{job}, {org}\n?{addrline}",
    "{first}",
    "{hname}\n?{job}\n{org}",
    "{name:upper}\n?{job}\n{org:upper}\n?{addr}",
    "{first}\n\n{org} · {addrline} · {url}",
    "{name}\n{org}\nRegistered office: {addrline}\n?Company no. {num}",
    "{name}, {job}\nMobile: {phone}",
    "{name} ({job})\n{org} | {town}, {land}",
    "{first:lower}\n\nSent from my iPhone",
    "{first} {last}\n?{job}\n{org}\n{addrblock}\n?{url}",
    "{name}\n{job} at {org}\n?{loc}",
    "{name} ✆ {phone} ✉ {email}",
]

BODIES = [
    "I recently moved and need to update my billing address. The new one is:\n\n{addrblock}\n\n"
    "Could you also correct it on invoice {invoice}?",
    "I'm contacting you about order {order}. The provider {name2} has not answered my messages since {weekday}.",
    "Please delete my account and all associated data. My registered address was {addrline}.",
    "Our company has changed its name from {org} to {org2}. Please update all future invoices accordingly.",
    "I'd like to add my colleague {name2} as a second user on our {org} account. {g2:He/She} will be our {job2}.",
    "The last invoice was addressed to {hname2}, who left the company in {month}. Please address invoices to me from now on.",
    "Could you confirm whether my data is stored in {land} or elsewhere? I'm asking under Art. 15 GDPR.",
    "I ordered the {service} on {date} (order {order}) and paid {amount}, but nothing has been delivered yet.",
    "Please send the original invoice by post to:\n{name}\n?{org}\n{addrblock}",
    "I'll be travelling to {town} until {date}, so please reply by e-mail rather than calling {phone}.",
    "As discussed with {first2} on the phone, I'm attaching the signed form.",
    "Thank you for the quick help last time. Unfortunately the same problem is back: the download link for "
    "order {order} has expired again.",
    "The designer delivered the logo, but the file name contains my full name and home address. "
    "Can you ask them to rename it?",
    "Could you please correct the company name on the invoice to {org:upper} and the address to {addrline}?",
    "We are a {n}-person team based in {town} and would like to move everyone to the Business Plan.",
    "For legal reasons, please note our registered address: {addr}.",
    "Our previous contact, {hname2}, has retired. Please get in touch with {name3} ({job3}) from now on.",
    "I grew up in {town} but now live in {land}. Does that change which tax form I need to fill in?",
    "I have not received the refund of {amount} for order {order}. It was supposed to arrive by {date}.",
    "The provider asked me to confirm my postcode ({zip}) before shipping the printed flyers. Is it safe to share that?",
    "My new phone number is {phone}; the address stays the same ({addrline}).",
    # People named by one name only, as colleagues and providers are in running text.
    "{last2} from your billing team promised a refund last week, but I haven't heard back since.",
    "I already sent the signed contract to {last2}. Could you check with {g2:him/her} whether it arrived?",
    "Please forward this to {hon2} {last2}; {g2:he/she} handles our account.",
    "Thanks for the update. I'll let {first3} know, {g3:he/she} was waiting for the files.",
    "Unfortunately {last2} did not finish the translation on time, and {first3} had to redo half of it.",
    "Can you assign the next order to {first2} again? {g2:His/Her} work on the {service} was excellent.",
    "According to {last3}, the invoice was paid on {date}. Our bank shows nothing.",
    "I spoke to {first2} yesterday and {g2:he/she} said {last3} would call me back.",
    "The brief was approved by {last2} and {last3} before we placed the order.",
    "Ask {first2:lower} about the login, {g2:he/she} set it up.",
    "{hon3} {last3} is our new contact for all questions about invoices.",
    "Please don't send anything to {last2} anymore; {g2:he/she} no longer works with us.",
    # Organisations and places in running text.
    "We used to work with {org2} for our {service}, but we are moving everything to Taskbridge.",
    "I work for {org2} and we need a provider who has signed an NDA before.",
    "Our client {org2} wants the report in their own template. Can the provider use it?",
    "The logo has to match the one we made for {org2} last year.",
    "My employer, {org2}, will pay this invoice directly. Please address it to them.",
    "We were referred by {org2}; they said you could help with {service}.",
    "Our team in {town} will review the draft, the final approval comes from head office in {town2}.",
    "The printer in {town} needs the files by {weekday}, otherwise the flyers won't be ready.",
    "I'm moving from {town} to {land} next month; please keep sending invoices by e-mail.",
    "The provider in {land} asked for my tax number. {org2} never needed that.",
]

MESSAGES = [
    "New address: {addrline}\n{name}",
    "Please ship to {addrline}\n{name}\n{phone}",
    "{addrline}\n{first} {last}",
    "pls update my address to {addrline}",
    "Please change my billing address to:\n\n{addrblock}\n\nThank you!",
    "hi, can you change the delivery address on order {order} to {addrline}? thx {first:lower}",
    "I moved to {town} last month. How do I update the location on my profile?",
    "My name is {name} and I would like my account ({email}) to be deleted under Art. 17 GDPR.",
    "Hi, this is {first} from {org}. Has invoice {invoice} been paid yet?",
    "Can you put {org} as the company name on invoice {invoice} instead of my personal name ({name})?",
    "Please remove my home address ({addrline}) from my public profile, I never agreed to show it.",
    "The provider {name2} keeps asking for my private address. Is that normal?",
    "hey its {first:lower} {last:lower} again, still waiting for the refund on {order}",
    "Who is {name2}? Someone with that name messaged me about my {service} order.",
    "Is it possible to only see providers based in {loc}? I'd prefer someone in my time zone.",
    "We're a small agency in {town} ({org}) looking for help with {service}. Can the invoice show our VAT number {num}?",
    "I'm writing on behalf of {hname2}, who can no longer log in. {g2:He/She} asked me to request a copy of {g2:his/her} data.",
    "Under Art. 15 GDPR I request a copy of all personal data you hold about me.\n\nName: {name}\nE-mail: {email}\n"
    "Address: {addrline}\n\nRegards,\n{name}",
    "CCPA request: please delete all data about me. Name: {name:upper}, address: {addr}, account e-mail: {email}.",
    "Name: {name}\nEmail: {email}\n?Phone: {phone}\nAddress: {addr}\n"
    "Message: [please update my billing details|I never received order {order}|please delete my account]",
    "First name: {first}\nLast name: {last}\nStreet: {street}\n?Apartment/Suite: {unit}\nZIP: {zip}\nCity: {city}\n"
    "?State: {region}\nCountry: {country}\nSubject: Change of address",
    "FULL NAME: {name:upper}\nCOMPANY: {org:upper}\nADDRESS: {addr:upper}\nPHONE: {phone}\nREASON FOR CONTACT: Billing",
    "--- Contact form submission ---\nname = {name}\ncompany = {org}\njob_title = {job}\nlocation = {loc}\n"
    "budget = {amount}\nmessage = we need {service} by {month}",
    "Salutation: {hon}\nFirst name: {first}\nSurname: {last}\nPosition: {job}\nOrganisation: {org}\n"
    "Postcode: {zip}\nTown/City: {city}",
    "[{time}] {first:lower}: hi\n[{time}] Taskbridge Support: Hi! How can I help you today?\n"
    "[{time}] {first:lower}: i need to change my shipping address\n[{time}] {first:lower}: new one is {addrline}\n"
    "[{time}] Taskbridge Support: Done, thanks!",
    "{time} | Agent {first2}: Thanks for waiting. Can you confirm the name on the account?\n{time} | {first}: {name}\n"
    "{time} | Agent {first2}: And the postcode?\n{time} | {first}: {zip}",
    "Chat started: {date} {time}\nVisitor ({first}): hello?\nBot: Hi! I'm the Taskbridge assistant. What can I do for you?\n"
    "Visitor ({first}): talk to a human pls\nAgent {first2} joined the chat\n"
    "{first2}: Hi {first}, {first2} here from Taskbridge. What's up?",
    "{org}\n{addrblock}\n?Tel. {phone}\n\nTaskbridge Support\n\n{town}, {date}\n\n"
    "Re: Request for erasure of personal data\n\nDear Sir or Madam,\n\nwe represent our client {hname2} and ask you "
    "to delete all personal data relating to {g2:him/her} without undue delay.\n\nYours faithfully,\n\n{name}\n{job}",
    "Shipping address:\n{name}\n{addrblock}\n\nBilling address:\n{org}\nAttn: {hname2}\n{addrblock2}",
    "Ship to: {name} | {addrline} | {phone}",
    "INVOICE {invoice}\nDate: {date}\n\nBill to:\n{name}\n?{org}\n{addrblock}\n\nFrom:\n{name2}\n{addrblock2}\n"
    "?VAT ID: {num}\n\n{service} ............ {amount}\nTotal due: {amount}\nIBAN: {iban}",
    "CURRICULUM VITAE\n\n{name}\n{addrline} · {phone} · {email}\n\nEXPERIENCE\n{year}-present  {job}, {org}, {town}\n"
    "{year}-{year}  {job2}, {org2}, {town2}",
    "I worked as {job} at {org} in {town} for five years before moving to {land}. Can my profile show both?",
    "My colleague {name2} ({job2}) will take over the project from next week, please give {g2:him/her} access to order {order}.",
    "Please send the signed contract to our {job2}, {hname2}, at {addrline}.",
    "The provider {first2} {last2} from {org2} delivered the files two weeks late. I want a partial refund.",
    "{name} told me that {org} will pay the invoice as soon as {first2} approves it.",
    "Since I relocated from {town} to {town2} the VAT on my invoices is wrong. Can you fix it?",
    "Our office at {addrline} is closed until {date}; please send any post to {hname2} instead.",
    "Could {first2} from your team call me back on {phone}? I'm in {land}, so afternoons work best.",
    "{org}'s {job2}, {name2}, needs a copy of invoice {invoice} for the audit.",
    "Forwarding this from my client {name2}:\n\n> I never agreed to be listed on Taskbridge. Remove my details now.\n> {first2}",
    "Hello, I'm {first}, {job} at {org}. Do you offer team accounts?",
    "Address for the courier: {addr}. Please call {phone} before delivery, the bell doesn't work.",
    "postcode is {zip}, not the one on the invoice",
    "My ZIP code changed to {zip} after the move, the rest of the address stays the same.",
    "Please add {unit} to my delivery address, the courier couldn't find the right door.",
    "i live in {town:lower} now, can u change it",
    "Is there a Taskbridge office in {town}? I'd like to drop off some documents in person.",
    "We are based in {region} and need a bookkeeper who knows the local tax rules.",
    "Hi! Quick one: does {org} already have a business account? My manager {name2} thinks so.",
    "from {land:lower}, is payment by bank transfer possible?",
    "Our {town} office will handle the invoices from now on; contact: {name2}, {email2}.",
    "Reference from a previous client:\n\"{first} was great to work with, on time and on budget.\" - {name2}, {job2}, {org2}",
    "Please correct the name on my invoice: it's {name}, not {first} {last2}.",
    "RE: account verification\n\nID holder: {name:upper}\nDate of birth: {date}\nAddress as on ID: {addr:upper}",
    "Delivery note\nRecipient: {hname}\n?{org}\n{addrblock}\nParcel ID: {order}",
    "dear support i am {name:lower} and my account was hacked. they changed the address to {addrline:lower}!!",
    "Hello Taskbridge, {org} ({addrline}) would like to invoice through you. Our contact person is {hname2}, {job2}.",
    "Could you tell the freelancer that my new address is:\n{addrblock}\n\nThanks, {first}",
    "I'm {first}, and I do the bookkeeping for {org} in {town}.",
    "The parcel was sent to {street} but I live at {street2}. Order {order}.",
    "Tell {first2} I said thanks for the logo!",
    "Team for the rebranding project:\n- {name} ({job})\n- {name2} ({job2})\n- {name3}, external, {org3}",
    "My name was misspelled on the certificate. It should read {name:upper}.",
    "Hi, I'm the new {job} at {org} and I took over the account from {name2}. Please transfer ownership to {email}.",
    "Two questions:\n1) Can I change my display name to {first} {last:upper}?\n2) Is my city ({city}) visible to providers?",
    "Order {order} - deliver to {hname}, {addrline}",
    "[{date} {time}] {name}: the invoice still says {org2}, but I left that company in {month}.",
    "i'm based in {town:upper}, does that matter for the VAT?",
    "Hello, my [husband|wife|partner] {name2} and I share one account. Can we split it? We both live at {addrline}.",
    "Phone note ({date}): customer {name} ({org}) called about order {order}, wants a callback from {first2}.",
    "KYC check\nFull legal name: {name}\nNationality: {land}\nResidential address: {addr}\nEmployer: {org}\nOccupation: {job}",
    "{hname} here - I never signed up for Taskbridge. Who gave you my address ({addrline})?",
    "Can the invoice be made out to {org}, {addrline}, attention of {first2} {last2}?",
    "hi support, {first:lower} from {town:lower} here 👋 my order {order} still says 'in progress'",
    "Does {org} count as a business customer if we're registered in {land}?",
    "Please route this to your {town} office, not the one in {town2}.",
    "We're a {town}-based studio ({org}) and need {service} before the end of {month}.",
    "i'm from {land:lower} so my english is not perfect, sorry. the provider doesn't answer",
    "Time zone question: I'm in {town} and my provider is in {town2}. Who adapts?",
    "Our team is split between {town}, {town2} and {loc}, can we have one invoice?",
    "Greetings from {town:upper}! Is the Business Plan available in {land}?",
]

# Hard negatives: capitalised products, months, weekdays, verbs that look like names.
NEGATIVES = [
    "Hi, I ordered the Logo Design Package on {weekday} but haven't received the files yet. Order {order}.",
    "Will the Excel dashboard be ready by {month}? We need it for the board meeting.",
    "May I ask why my payment of {amount} is still pending? Order {order}.",
    "Mark the ticket as resolved please, the WordPress issue is fixed.",
    "Thanks for the quick reply! Everything works now.",
    "I'll take the high road and leave a neutral review, but the delivery was late.",
    "Please send the invoice as PDF. Premium Plan, billed monthly.",
    "Where can I download my data (GDPR Art. 20)?",
    "How do I change the password for my Taskbridge account?",
    "The Python script crashes when the CSV has more than 10,000 rows.",
    "Does the Business Plan include VAT invoices?",
    "Order {order}: the translation was delivered on {date} but the file is empty.",
    "Your reply from {weekday} says the refund takes 5-7 days. It's been two weeks.",
    "Can you reopen ticket {ticket}? The Power BI report still shows last month's figures.",
    "Hello Support,\n\nI would like to cancel my subscription at the end of {month}.\n\nThank you",
    "We need a Social Media Starter Kit for Black Friday. Budget {amount}.",
    "Data Analysis Pro package - what is the turnaround time?",
    "Good Morning, Is Express Delivery available for the Brand Identity Bundle?",
    "Chat started {date} {time}\nVisitor: hi\nBot: Hello! How can I help?\nVisitor: how do refunds work?\n"
    "Bot: You can request a refund under Orders > Help.",
    "Subject: Re: [Ticket {ticket}] Invoice question\n\nStill no answer. Please escalate.",
    "Grand Total: {amount}\nVAT (20%): {amount}\nPayment method: Visa ending 4242\nStatus: Paid",
    "Happy New Year! I hope the office reopens on {weekday}, we have an urgent {service} job.",
    "Rose Gold colour palette for the website please, with Lato and Open Sans as fonts.",
    "Main Street style? No, we want the Art Deco look for the menu design.",
    "Just checking in on ticket {ticket}. Any News?",
    "Thank you, Support Team! The {tool} template works perfectly.",
    "Is the Enterprise tier billed per seat? We have {n} users.",
    "Please Note: the Terms of Service changed on {date}. Do I need to accept them again?",
    "Will you Bill me for the revision round? The Scope of Work said two revisions were included.",
    "Under the CCPA, do you sell my personal information? Please answer in writing.",
    "[Hi|Hello|Hey], is there a student discount for the {service}?",
    "The {tool} file you sent has the wrong [fonts|colours|column widths]. Can you check?",
    "Grace period for payments - how long is it? Invoice {invoice}.",
    "Summer sale: does the 20% discount apply to Express Delivery as well?",
    "Can I pay by PayPal or only by card? [Thanks|Cheers|Thank you]!",
    "The Download button on the Orders page does nothing in [Chrome|Firefox|Safari].",
    "I rated the provider 2 stars by mistake. Can I change it to 5?",
    "Please Advise: order {order} shows Delivered, but nothing was uploaded.",
    "Hope you're well! Just a reminder that invoice {invoice} is still open.",
    "Will the Monday deadline hold? The {tool} migration is blocking us.",
    "Is the Pro plan billed in advance? We'd like to switch on the 1st of {month}.",
    "Order {order} - requested revision #2 on {date}, no reply yet.",
]

# Places given as a street corner (the whole phrase is the address).
CORNERS = ["the corner of {a} and {b}", "the corner of {a} & {b}", "corner of {a} and {b}", "{a} and {b}",
           "the intersection of {a} and {b}", "{a} at {b}"]
MESSAGES += [
    "I live at {corner}, the courier keeps going to the wrong building.",
    "Can the provider meet me at {corner} on {weekday}? I'll bring the printed proofs.",
    "Our shop is on {corner} in {town}, deliveries through the side door please.",
    "pickup point: {corner:lower}",
    "The flyers should go to the café at {corner}.",
    # Organisations named by a bare brand, in running text.
    "I've been a customer of {org2} for years and they never asked for this much data.",
    "{org2} is looking for a translator for their annual report. Can Taskbridge help?",
    "Please send the invoice to {org2} rather than to me personally.",
    "Our accountant at {org2} needs read-only access to the invoices.",
    "I saw that {org2} uses Taskbridge too. Which provider did their website?",
    "{org2} called me yesterday about my order, is that one of your partners?",
    "We are comparing quotes from {org2} and {org3} for the same {service}.",
    "my bank ({org2:lower}) blocked the payment, can you retry it?",
    "Before joining {org2} I worked at {org3} for six years.",
    "The data comes from {org2}'s public reports; the provider only needs the summary.",
    # People named by one name, with nothing around them that says so.
    "{first2} says the files are ready.",
    "cc {first2} {last2:lower}",
    "Sorry, {last2} was off sick, that's why the reply is late.",
    "{first2} and {first3} will join the call on {weekday}.",
    "Great work by {first2}, please tell {g2:him/her}.",
]
# Headings and running text in Title Case, with no one in them.
NEGATIVES += [
    "SERVICE LEVEL AGREEMENT\n1. Scope\n2. Fees\n3. Term and Termination",
    "Supplier shall deliver the final files; Customer shall review them within ten days.",
    "Open Data, Clean Energy and Public Health are the three themes of the report.",
    "Quality Assurance, Customer Success and Finance are copied on this thread.",
    "Credit Score Dashboard: please add a Market Share chart and a Risk Summary table.",
]
