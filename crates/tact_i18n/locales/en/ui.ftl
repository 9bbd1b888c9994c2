# tact web app, English. Written by the tact team; the other catalogues translate this one.
skip-to-content = Skip to content
nav-label = Main
nav-overview = Overview
nav-agents = Agents
nav-teams = Teams
nav-moments = Moments
nav-conversations = Conversations
nav-rules = Rules
nav-upload = Upload
nav-users = Users
nav-settings = Settings
role-admin = admin
role-manager = manager
role-agent = agent
role-customer = customer
role = Role
language = Language
lang-en = English
lang-it = Italiano
lang-el = Ελληνικά
lang-ro = Română
lang-fi = Suomi
change = Change
logout = Log out
reanalysing = Re-analysing with the new settings: { $done } of { $total } conversations done.
login-title = Log in
login-button = Log in
field-name = Name
field-password = Password
field-password-again = Password again
setup-title = Create the first admin
setup-intro = This link works once. The account you create here runs this installation: it adds users and teams and changes the settings.
setup-button = Create the admin account
error-name-required = A name is needed.
error-password-short = The password needs at least 10 characters.
error-password-mismatch = The two passwords differ.
error-setup-link = This setup link has been used or has expired. Restart tact serve to get a new one while no account exists.
error-cross-site = This form came from another site and was refused.
error-too-many-logins = Too many failed attempts. Wait 15 minutes and try again.
error-login = Wrong name or password.
not-found-title = Not found
not-found-body = This page does not exist or you may not see it.
overview-empty = No conversations yet.
conversations = conversations
conversation = Conversation
moments = Moments
mean-score = mean score
score = Score
risk = Risk
chart-score-title = Mean score per team, week by week
chart-moments-title = OOPS moments per family, week by week
chart-mood-title = Customer mood, turn by turn
as-table = The same figures as a table
team = Team
agent = Agent
family = Family
movers-title = Who moved most last week
movers-empty = Not enough weeks yet to compare.
before = Before
last-week = Last week
score-change = Change
top-rules-title = Rules that fire most
rule = Rule
scorecards-intro = How each one sells, not only how much: mean score and OOPS moments per 100 turns by family. Every figure opens the moments behind it.
moments-per-100 = Moments per 100 turns
family-pressure = Pressure
family-listening = Listening
family-over-service = Over-service
family-argument = Argument
family-courtesy = Courtesy
family-lead = Lead
family-reaction = Reaction
search = Search the conversations
any = any
severity = Severity
severity-info = info
severity-warning = warning
severity-error = error
channel = Channel
from = From
to = To
apply = Apply
no-moments = No moments match.
no-conversations = No conversations match.
no-moments-here = No OOPS moment in this conversation.
open-conversation = Open conversation { $id }
pages = Pages
previous = Previous
next = Next
page = Page { $n }
day = Day
turns = Turns
turn-n = turn { $n }
advice = What to do:
ok-reply = OK reply:
persona = Buyer persona
metrics = Talk metrics
code = Code
summary = Summary
preview = preview
preview-note = This rule is in preview: its measured precision is below the bar, so it is off unless the settings turn previews on.
upload-intro = Any format tact reads: JSON Lines, JSON, CSV, chat logs, WebVTT, SRT, e-mail, WhatsApp, Zendesk, Intercom, Freshdesk, Amazon Connect, reviews. A conversation sent again replaces the stored one. Personal data is redacted before anything is stored.
upload-choose = Files
upload-drop = Or drop files here.
format = Format
format-detect = recognise from the content
upload-button = Upload
stored-count = { $count ->
    [one] { $count } conversation stored.
   *[other] { $count } conversations stored.
}
errors-count = { $count ->
    [one] { $count } record was not stored:
   *[other] { $count } records were not stored:
}
line-n = line { $n }
user-created = Account { $name } created. Its one-time password, shown only now:
actions = Actions
delete = Delete
add-user = Add a user
agent-name-hint = Agent name in the conversations (agents only)
settings-intro = The rule settings, as in tact.toml (version { $version }). Saving re-analyses every stored conversation in the background.
save-and-reanalyse = Save and re-analyse
jobs-title = Workers' queue
jobs-summary = { $queued } waiting, { $leased } being analysed, { $done } done, { $dead } given up.
jobs-dead = Given up after { $max } attempts, or unreadable: the error says why.
jobs-attempts = Attempts
jobs-error = Error
jobs-retry = Queue them again
nav-reviews = Reviews
reviews-intro = Moments waiting for a decision: disputed by an agent or put up for discussion. False alarms and disputes leave the agent's score; every decision is logged.
reviews-open = waiting (disputed or to discuss)
review-status = Review
review-log = Decisions
review-reason = Reason or comment
status-unreviewed = not reviewed
status-confirmed = confirmed
status-false-alarm = false alarm
status-to-discuss = to discuss
status-disputed = disputed
status-dispute-accepted = dispute accepted
status-dispute-rejected = dispute rejected
action-confirm = Confirm
action-false-alarm = False alarm
action-discuss = To discuss
action-dispute = Dispute
action-accept = Accept the dispute
action-reject = Reject the dispute
action-comment = Comment
pending = Pending
precision = Precision (95 % interval)
precision-title = How often the rules were right, by your decisions
precision-intro = From { $count ->
    [one] { $count } reviewed moment
   *[other] { $count } reviewed moments
}: confirmed and rejected disputes count as right, false alarms and accepted disputes as wrong.
silenced-for = Silenced for: { $teams }.
silence-my-team = Silence this rule for my team
unsilence-my-team = Raise this rule again for my team
silence-team = Silence for this team
unsilence-team = Raise again for this team
silence-hint = A silenced rule raises no moment in the team's conversations; everything stored is analysed again. It can be undone here.
nav-library = Library
library-intro = Confirmed moments the team keeps as examples, grouped by rule. Propose the OK reply, vote, and the manager approves one: it becomes the team's OK reply for that rule and language.
library-empty = The library is empty. On a confirmed moment, choose “Add to the library”.
library-add = Add to the library
library-open = Open, propose and vote
library-proposals = { $count ->
    [one] { $count } proposed reply
   *[other] { $count } proposed replies
}
library-builtin = tact's own OK reply:
library-replies = The team's replies
library-no-replies = No reply proposed yet.
library-propose = Your OK reply
library-propose-button = Propose
votes = { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}
vote = Vote
unvote = Take back my vote
approve = Approve as the team's reply
approved = approved
nav-workshops = Workshops
workshops-intro = A meeting over moments from the library: the manager shows one at a time on a shared screen, everyone writes an OK reply and votes from their own phone or laptop, and at the end the most voted reply of each moment becomes the team's.
workshop-new = Open a workshop
workshop-title = Title
workshop-pick = Moments from the library
workshop-open = Open the workshop
workshop-closed = closed
workshop-position = Moment { $n } of { $count }
workshop-close = Close and approve the most voted replies
workshop-summary = Summary (Markdown)
workshop-refresh = Refresh to see the latest replies
nav-scripts = Scripts
scripts-intro = The team's sales and service scripts: what tact would flag is highlighted in place, every saved version is kept, two versions compare side by side, and you can try a script as the customer would before anyone uses it.
scripts-empty = No script yet.
script-versions = { $count ->
    [one] { $count } version
   *[other] { $count } versions
}
script-new = A new script
script-name = Name
script-text = The script, one line per sentence the agent says (lines may start with “Agent:” or “Customer:”)
script-file = Or take the text from a file
script-save = Save as a new version
script-edit = Edit and save as a new version
script-compare = Compare with
script-try = Try it as the customer
script-try-intro = The script is played one line at a time; answer as a customer would (a “no”, a question, a complaint) and see what every rule makes of the next line.
script-your-answer = Your answer, as the customer
script-answer = Answer and go on
script-end = End of the script.
nav-reply-check = Reply check
reply-check-intro = Before a public reply to a review, a complaint or a comment goes out, tact reads it as the answer to the customer's words and flags what costs more than the sale: contradicting, citing the rules, blaming, talking down, brushing off, scripted praise.
reply-check-customer = The customer's review, complaint or comment
reply-check-draft = Your draft reply
reply-check-button = Check the reply
reply-check-clean = Nothing to flag in this reply.
reply-check-flagged = { $count ->
    [one] { $count } thing to change before posting:
   *[other] { $count } things to change before posting:
}
docs-measured-heading = Measured on real conversations
docs-measured-holdout = Held-out blind set ({ $conversations } conversations, labelled without the rules after the last tuning): precision { $precision } (moments raised: { $raised }), recall { $recall } (labelled moments: { $gold }).
docs-measured-holdout-none = Held-out blind set ({ $conversations } conversations): nothing raised, nothing labelled.
docs-measured-tuned = Blind set { $set } ({ $conversations } conversations, labelled without the rules, used to tune them since, so optimistic): precision { $precision } (moments raised: { $raised }), recall { $recall } (labelled moments: { $gold }).
docs-measured-tuned-none = Blind set { $set } ({ $conversations } conversations): nothing raised, nothing labelled.
docs-measured-preview = In preview: off by default (`--preview` or `preview = true` turns it on) until its measured precision reaches 90 % on at least 5 moments raised on the held-out set, and the sets it was tuned on, taken together, are not below 90 % either.
docs-measured-on = On by default: its measured precision reaches 90 %.
docs-measured-unmeasured = On by default: it raised nothing on the blind sets, so its precision is not measured yet.
docs-measured-cap = Its moments “{ $key }” were right { $confirmed } times of { $raised } on the development sets: their confidence is at most { $cap }.
docs-measured-cap-hidden = Its moments “{ $key }” were right { $confirmed } times of { $raised } on the development sets: their confidence is at most { $cap }, so they are hidden by default (`--min-confidence 0` shows them) and never count in the score.
