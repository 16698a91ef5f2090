<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AfterSaleRoom</name>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisRoom</name>
    <message>
        <source>Portfolio PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent × quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How scoring works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save portfolio report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Desktop CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.
Create a new, empty database there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1; the previous file is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>This assessment has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the customer as a whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not on a visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate each question 1–5; the grey line says what 1, 3 and 5 mean. Leave “?” when you do not know: it is left out of the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer both questionnaires to see the quadrant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate at least one question before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, question %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentReport</name>
    <message>
        <source>not computed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (set by hand, computed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (computed from the last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-customer category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personality type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quadrant: a questionnaire has no answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High means a score of at least %1 (intent) and %2 (quality).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reverse-scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has not been assessed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmerged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expressiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotionality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-return to the shared pool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries shown; Load more for older ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current database with the backup %1?
The current file is kept aside beside it, so this can be undone by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is taken at the first start of each day; 7 daily and 4 weekly copies are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a PostgreSQL server, Back up now saves a pg_dump archive; restore a server with pg_restore (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner restores a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner or an office clerk backs up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups in this folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives (*.dump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CausesPage</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaints · %2 resolved on time · %3 late · %4 open, not yet due · on time: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no product named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the complaints report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the complaints report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would do with each row. Nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further down the file, the dates in “%1” read as day/month and month/day alike: go Back and say which day they mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: no row creates or updates a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows with errors are left out; save them as a file to fix them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row reads well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildTables</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Sole proprietorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint-stock company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State-owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metropolis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasionally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enthusiastic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indifferent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unattractive prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile / SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer comes to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>The columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which field each column of the file goes into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this mapping for files with these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is chosen for more than one column: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column for “%1”: every row needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <source>Inattention (not cared for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to be heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A friend&apos;s negative opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong information or misunderstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall disappointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. split air conditioner KFR-35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the deadline by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this deadline (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the home region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the home region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 (customer %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this complaint after you opened it. It is shown again as it is now; please redo your change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved %1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customer, product, what happened…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month: %1 complaints · %2 resolved on time · %3 late · %4 open, not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the call-back on the Handling tab first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsReport</name>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late (resolved late, or open past the deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time, of those settled or late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes (Pareto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaints (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints and their causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time: resolved by the deadline (12 h inside the home region, 24 h outside, unless set otherwise). Late: resolved after it, or open past it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no product named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted permanently by someone else after you opened it. Your changes cannot be saved to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved a newer version of “%1” after you opened it.

Reload: discard your changes and show their version.
Overwrite: save your version over theirs (their changes are lost).
Cancel: keep editing; nothing is saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>Basic details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner / manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First trade date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business philosophy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction and policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations with competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attitude to our product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-customer category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for manual tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biases and preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our advantages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Pick a customer in the list, or create a new one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer profile in the print preview (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. PDFs cannot print %1 in the names: they show □ instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the values marked in red (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a customer from the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Referred by”: pick a customer from the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier set by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerListPanel</name>
    <message>
        <source>Find: name, company, phone, contact… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Type to find a customer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerProfile</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deals, total %2, average %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intent %1, quality %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personality type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerQuestions</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer “%1” has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 customers to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can restore them from the trash later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 customer(s) permanently, with their contacts and deals?
This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the merge of “%2” into “%1”?
“%2” comes back from the trash with its contacts, deals, visits and assessments, and “%1” gets its values from before the merge back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersRoom</name>
    <message>
        <source>&amp;New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show t&amp;rash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year, same days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 20 % share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue next actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits without a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardRoom</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s summary in a few pages: figures, a row per rep, charts, a to-do list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits against the standard, per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits against the standard, per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealsEditor</name>
    <message>
        <source>%1 deals · total %2 · average %3 · last purchase %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows. Double-click a row to open the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 rows. Double-click a row to open the customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed / expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveyed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter / next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateHintLabel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicate customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the two customers selected (or the group of two selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a customer to open it. Select two (Ctrl+click) or a group of two and press Merge… to make them one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing every customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 groups of possible duplicates (%2 customers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No possible duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current list (%1 customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list as shown (%1 customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything (the whole customer file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner may export the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (customers, contacts, deals: three files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (contacts for phones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel, WPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (older Excel, other systems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.0 (most phones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.1 (older phones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export which customers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 customers, %2 contacts and %3 deals to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and deals: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Not allowed: as %1 you may not do this. Ask the office&apos;s owner if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved a newer version meanwhile; reopen it to see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is no longer there: someone may have deleted it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop CRM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM-DD or 八月十五; L04-15: leap month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12,500.00 or 1.2万</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 45</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains invisible control characters (such as a NUL byte); remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains a broken character (half of a character pair); type or paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a value this field can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address; use the form name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number; use digits, spaces and + - ( ), e.g. 021-6234 5678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid date; use YYYY-MM-DD, e.g. 2025-02-28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid month and day; use MM-DD, e.g. 01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a lunar month and day; use MM-DD or e.g. 八月十五 (L04-15 or 闰四月十五 for a leap month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount; use digits with an optional decimal point, e.g. 12500.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a whole number from 0 to 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of the offered choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of range: it must lie from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there: this must be different from the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been deactivated; choose an active person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visits of %1 would run past midnight in the new order; the times are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage “%1” still holds %2 opportunities: move them to another stage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is no PNG or JPEG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline must come after the time received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the trash; restore it before merging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was merged into “%1”: unmerge it in the History tab of “%1” to get it back with everything it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later merge (“%2” into “%1”) must be undone first: merges are undone newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed after the merge (%2); undoing the merge would lose that change. Change it back first, or keep the merge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <source>no comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (before: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file; check that its first rows read right, and change the encoding or the delimiter if they do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV, TSV, Excel or vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (every row is data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1, %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is row %1; the rows above it are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunSetupDialog</name>
    <message>
        <source>Set up Desktop CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo office instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. A few details about your office, and it is ready. Everything can be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jinxing Doors and Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Guangdong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Foshan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s owner may do everything, including adding the other people. Choose a password of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the office&apos;s reps and clerks now, or later under File → People…. Rows left empty are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <source>&lt;b&gt;Weighted forecast&lt;/b&gt; (amount × probability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open opportunities by expected close month; a late one counts in this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opportunities, %2 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months: %2 weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand ¥</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPages</name>
    <message>
        <source>Owning rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1-W%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their visits and history stay. They leave every list of people to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: their customers keep them as owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each question is rated 1 to 5. The line under a question says what 1, 3 and 5 mean; 2 and 4 lie between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating counts 0, 25, 50, 75 or 100 points (1 = 0 … 5 = 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score (0–100) is the weighted average of the answered questions: a question with weight 2 counts twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question you leave on “?” is not answered: it is left out completely, it neither raises nor lowers the score. The form shows how many of the questions are answered; a score built on few answers is a rough one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse-scored questions are worded so that a high rating is the unwanted answer (many people deciding the purchase; a very superstitious customer). For them 1 counts 100 points and 5 counts 0 (points of 6 − rating).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A questionnaire with no answers has no score, and the customer then has no quadrant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score above its threshold (default 50) is high; a score on the threshold is low, so a customer with every answer neutral (50 points) is low on both. High or low intent and high or low quality give four quadrants, each with a recommended approach. The thresholds are set on the Intent × quality page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows each customer at its latest assessment. Click a point to open the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the office edits a questionnaire (wording, weight, a question added or removed), a new version is stored. Every saved assessment keeps the version it was answered against, so it still shows the same questions and the same score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personality type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate expressiveness and emotionality from 1 to 4. There is no middle: 1–2 is low, 3–4 is high. High expressiveness and low emotionality is dominant, high and high is expressive, low and high is amiable, low and low is analytical. The latest rating counts; older ones are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers are sorted by revenue over the last 12 months. With the default breakpoints 40 / 30 / 20 / 10 %, a customer whose revenue starts within the first 40 % of the total is A, within the next 30 % B, the next 20 % C, the rest D. The biggest customer is always A; customers with equal revenue get the same tier; a customer without revenue in the last 12 months is D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers are recomputed whenever deals are saved, and on the Tiers page. A tier set by hand (with its reason) wins over the computed one and is shown as set by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the state analysis works</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Assessment history – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two assessments to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest selected assessment, with its answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save assessment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Unmerge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new customer has no history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with “%1” on %2 by %3; its past is listed here too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HowPage</name>
    <message>
        <source>How to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether rows create customers, update them, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rows become customers; a row matching one already there is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A matching customer gets the file&apos;s values; the others are created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers already there change; a row matching none is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID (ours, or the old system&apos;s id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried in this order; the first that finds a customer wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers belong to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s owner column wins for the rows that name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the column “%2”: which day is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The same goes for: %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (day first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (month first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one thing to match on: it finds the customers already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which day the dates mean.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified Chinese (GB18030 / GBK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional Chinese (Big5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 LE with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 BE with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person of the office is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer found for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several customers match (%1): say which in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this customer during the import; import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yes or no: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a table; choose a CSV, TSV or Excel file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not valid %2 (byte %3); choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delimiter is one character, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is protected by a password; save a copy without one and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are written in one go: all of them, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTarget</name>
    <message>
        <source>Sales rep (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals (sales history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there: it matches an existing customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same row came earlier in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create: %1 · to update: %2 · to skip: %3 · errors: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1 · updated: %2 · skipped: %3 · errors: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1 removed, %2 restored to their values before the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the customers removed are in the trash for the owner to empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since the import were kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables and contacts (%1);;Every file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of %1?
The %2 rows it created are removed and the %3 it updated get their values from before it back. Rows changed since are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now? Nothing of this import is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 rows that failed are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCustomer</name>
    <message>
        <source>Not categorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build good relations with their whole top management and look after them carefully; if possible, form a partnership or strategic alliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do your duty well where you are already in; widen the difference between you and others, win more access to the key people and try to turn them into key customers, while raising the added value you offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take active steps to win the first deal and turn them into ordinary customers, then do your duty and consolidate your position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth winning only if they have great potential: then try to turn them into potential customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <source>Close rate: opportunities won ÷ (won + lost), of those closed in the period (their closed date), in per cent. Empty when none was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals per visit: deals dated in the period ÷ visits done in the period (status done, by their start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers: customers whose file was created in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers: customers with a deal or a done visit in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant customers: customers on file for at least N days (the dormant-days setting, 90 unless changed) with neither a deal nor a done visit in the N days up to the period&apos;s end (or today, if earlier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits done: visits with the status done that started in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per day: visits done ÷ workdays of the period up to today, per rep (for the office also ÷ the number of active reps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the standard: visits done ÷ the daily visit standard (each rep&apos;s own or the office&apos;s, existing + new) × workdays of the period up to today, in per cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales: the sum of the deals dated in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales this year: the deals from 1 January to the period&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales last year, same days: the deals from 1 January to the same day of the year before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average purchase: sales ÷ the number of deals in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase frequency: deals ÷ customers who bought in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per rep: sales ÷ active reps who own customers (the office); a rep&apos;s own sales for one rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rate: customers who bought in the previous period and again in this one ÷ those who bought in the previous period, in per cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 20 % share: the sales of the top fifth of buying customers (by their sales in the period, rounded up) ÷ all sales, in per cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue next actions: done visits whose next action fell due in the 90 days before today and has no follow-up visit planned. As of today, whatever the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits without a result: visits still planned whose start lies in the 90 days before today (no result or no-show recorded). As of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline: the expected amount of the opportunities not yet won or lost. As of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted pipeline: each open opportunity&apos;s expected amount × its probability. As of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction rate: satisfaction surveys dated in the period whose index reaches the satisfied mark (Settings, 80 unless changed) ÷ all scored satisfaction surveys of the period, in per cent. Empty when there was none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints on time: complaints received in the period and resolved by their deadline (12 h inside the home region, 24 h outside, unless set otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints late: complaints received in the period and resolved after their deadline, or not resolved and past it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>1. Understanding and sympathy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. The objective causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. The specifics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. What we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. The compensation offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply letter — complaint %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited, not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the letter again from the complaint? Your edits are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this complaint since the letter was opened. Close the letter and open it again; copy your text first if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the letter?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desktop CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer forgets the kept sign-in; someone signs in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Desktop CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop CRM — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Desktop CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop CRM %1
Customer file, visit planner and state analysis for small sales offices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was merged into “%2”. Unmerge it in the History tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not unmerged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge is undone: “%1” and “%2” are two customers again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personality ratings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared pool&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers it referred: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all from the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all from the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the right one and move the left one in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” and “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose for each field that differs the value to keep. “%1” stays; “%2” goes to the trash and everything it has moves to “%1”. Unmerge (in the History tab) restores both as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields are the same on both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves to “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two customers was changed meanwhile. The dialog now shows them as they are: check the choices and merge again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyCards</name>
    <message>
        <source>Monthly cards %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers to send a card to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your trust and support. We wish you and your family health and every success this month, and look forward to serving you again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attn.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>New opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Air conditioning for the new plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the customer&apos;s rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won on %1: the deal is in the customer&apos;s business record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this opportunity after you opened it. It is shown again as it is now; please redo your change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <source>Causes, most frequent first (Pareto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>The office needs an active owner: make someone else owner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone other than the person leaving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner may change the office&apos;s people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Personality</name>
    <message>
        <source>Very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rather low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rather high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expressiveness: talks fast and loud, takes the lead, shows opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotionality: shows feelings, values people and relations over facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominant (driver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expressive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be brief and to the point. Come prepared, talk about results and give two or three options so they can decide. Do not chat or lose their time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be warm and lively. Talk about ideas, people and recognition, let them talk. Confirm the details in writing afterwards, they forget them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build trust first and do not push. Be personal and patient, show that others like them use it, offer guarantees and help them decide step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring facts, figures and documents. Be exact and orderly, answer questions in detail, give them time to think and never exaggerate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalityDialog</name>
    <message>
        <source>Personality type – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you observed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last rated on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate both to see the type and how to approach it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal and quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message>
        <source>Expected amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineRoom</name>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen “%1”? Its deal leaves the customer&apos;s business record (unless someone has changed the deal since).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find: customer, title, products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline &amp;stages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open opportunities, %2. Won and lost: closed in the last %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this opportunity; the board is shown anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not move this opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerCalendar</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1+%2 / %3+%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1+%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaps another visit of this rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result missing: open it and record what happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerRoom</name>
    <message>
        <source>Visit next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;visit sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;week plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;standard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this visit meanwhile; the calendar shows it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one rep first (the sheet is per rep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save visit sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save week plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export planned visits (next four weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerRoutePanel</name>
    <message>
        <source>Optimise route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order by the customers&apos; coordinates (shortest path), else by district and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one rep to see and order the day&apos;s route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route for %1: drag to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s visits changed meanwhile; the route shows them as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the planned visits&apos; times to follow the new order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations are kept; the day starts at its first visit&apos;s time, with the travel between customers in between. Visits already done keep their times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder and retime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerSideList</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key customers not seen for this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers without a visit or deal for this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key unseen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key customers not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody waiting: every customer is planned or recent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result missing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits whose time is over but whose result is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerStandardDialog</name>
    <message>
        <source>existing +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new per working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily visit standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rep has an own standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerWeekPanel</name>
    <message>
        <source>This week&apos;s aims (week plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, what did not, what changes next week (week review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save week review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: planned %2, done %3 of a standard %4&lt;br&gt;Purpose met: %5 yes, %6 partly, %7 no · next actions %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Month %1&lt;/b&gt;: planned %2, done %3 of a standard %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week plan or review has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one rep to see the week plan and review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this week&apos;s review meanwhile; it is shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolDialogs</name>
    <message>
        <source>Move %1 customers to the shared pool?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their planned visits stay with the reps who planned them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign %1 customers and %2 planned visits to %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open follow-ups go with them to the new owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rep may then claim them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the shared pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the tier of %1 customers to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set tier by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioReport</name>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where visit time went (last 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance: key customers are about 10 % of customers and get 60 % of selling time; ordinary 30 % and 30 %; potential 60 % and 10 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance (time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No done visits in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more in this quadrant (Analysis → Intent × quality lists them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant of the latest assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do per quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent / quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High intent from %1, high quality from %2; tiers by the last 12 months&apos; revenue, breakpoints %3 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent × quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrants and tiers per rep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quadrant</name>
    <message>
        <source>High intent, high quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High intent, low quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low intent, high quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low intent, low quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to buy and worth having: visit in person, meet the decision makers, make a concrete offer and ask for the order. Plan for a long relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to buy but is a riskier partner: keep the offer simple, agree clear terms, ask for prepayment or short credit and check payment before delivering more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good partner not yet convinced: show how the product creates value, bring cases of others who use it, invite them to try it. Invest time in the relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither ready nor promising yet: keep in touch through cheap channels (phone, WeChat, the monthly card) and assess again in a few months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuadrantChart</name>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intent %1 · quality %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuadrantPage</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assessed customers. Click a point to open the customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>(weight %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reverse-scored: 1 counts best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered: left out of the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared pool (no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the %1 selected customers to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their visits planned from now on go with them; done visits stay with the rep who made them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared pool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderCentre</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sn&amp;ooze a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze a &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export for mail merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the monthly cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the card list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderWatch</name>
    <message>
        <source>&amp;Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop CRM reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits without a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversaries of the first trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s birthday on %2 (%3 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s lunar birthday, %3, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 years since the first trade on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this month&apos;s card (%1) to %2 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up %1, due %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 of %2 is due by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 of %2 is late: it was due by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no deal or done visit for %2 days (last on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no deal or done visit for %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit to %1 on %2 has no result yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>(cont.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepsBoard</name>
    <message>
        <source>Each day: done / planned of the rep&apos;s standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned, not yet done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short of the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2
standard %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: done %3, planned %4, standard %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge the two…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the shared &amp;pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set tier by &amp;hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigning customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers moved to the shared pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers and %2 planned visits reassigned to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving customers to the shared pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers claimed: they are yours now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computed tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting tiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier of %1 customers set to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already belongs to %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this (only an owner or an office clerk may reassign customers or set tiers by hand; a rep may move only their own customers to the shared pool).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers without a visit or deal returned to the shared pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customers returning to the shared pool within %1 days: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers returning to the shared pool within %1 days: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used the next time Desktop CRM starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rep&apos;s customer without a done visit or a deal for this many days returns to the shared pool when an owner or clerk starts the program; the rep is told beforehand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the pool after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the rep before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner or an office clerk may change these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints, surveys and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 上海、江苏 (empty: the office&apos;s province)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a complaint inside the home region within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… outside it within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home region (provinces or cities):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon when less than this is left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A satisfaction index counts as satisfied from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind of birthdays and anniversaries ahead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead of reply letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>This person has been deactivated. Ask an owner to let you in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait %1 seconds, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server refused your login. Ask an owner to set your password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Desktop CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next start opens without the password, for %1 days or until File → Sign out. Only where no one else uses your account on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageList</name>
    <message>
        <source>… and %1 more: narrow them down with Find</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message>
        <source>Pipeline stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open stages in order. A new or moved opportunity takes its stage&apos;s probability. After them always come: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateSummary</name>
    <message>
        <source>Assess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personality…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intent %1 · quality %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 (set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per rep per workday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits against the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of sales from the top 20 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints resolved on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue next actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past visits without a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal and quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales this year (previous: last year, the same days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by month (the last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline by stage (as of today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted by probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the right: opportunities · expected amount · weighted amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits against the standard per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits against the standard per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do (as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key customers not visited for %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints handled late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1. Made on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and sales</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>New survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer added, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab: the next item · 1–5 or Space: tick a level · arrows: another level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfied (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not satisfied (below %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this survey after you opened it. It is shown again as it is now; please redo your change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>____ / ____ / ____ (year / month / day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveyed by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied are you with each of the following? Tick one box per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far do you agree with each statement? Tick one box per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other comments or suggestions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveyor&apos;s signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your time and your trust.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New survey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print blank form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit survey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print a blank survey form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction index %1 · satisfaction rate %2 (%3 of %4 satisfied) · relationship %5 (%6 surveys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 survey of %2 taken on %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank survey form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts are edited in the interface language. Saving makes a new version: assessments already saved keep the version they were answered against and score exactly as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 in use; %2 version(s) stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A questionnaire needs at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: the weight must be a number above 0, at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: a text is too long or holds invisible control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire has edits not saved as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight must be a number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is now in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierDialog</name>
    <message>
        <source>Set tier by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed tier (clear the hand-set one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. strategic account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier for the %1 selected customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TiersPanel</name>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakpoints: share of revenue per tier (last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer whose revenue starts within the first share of the total is A, and so on; equal revenue, equal tier; no revenue in 12 months is D. A tier set by hand on the customer wins and is counted under “Set by hand” too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four shares must add up to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing tiers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimePanel</name>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No done visits in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance: key customers are about 10 % of customers and get 60 % of the selling time; ordinary 30 % and 30 %; potential 60 % and 10 %. Each cell: actual share of visit time (guidance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers (guidance)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal / quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new customer has no timeline yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened with this customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intent %1, quality %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer to see who deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into “%1” by %2 on %3. To get it back, unmerge it in the History tab of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on %1 (by whom was not recorded then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>This visit has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom (contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For which reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer did not show / not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the next action as a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer on this day (no deal and no done visit before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit planned for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer from the suggestions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this visit after you opened it. It is shown again as it is now; please redo your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the next action and its date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this visit; it was reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be due before the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitSheet</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 existing + %2 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 existing + %2 new still to plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits planned for this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsChart</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekPlan</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show / cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned to standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan more visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter / purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned as a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next actions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose met: yes / partly / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week plan and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily standard %1 existing + %2 new · planned %3 · done %4 of %5 · purpose met %6 yes, %7 partly, %8 no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month plan totals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Desktop CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is on a network share, where SQLite files get corrupted.
Use a PostgreSQL server for shared use, or keep the file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Desktop CRM. Please update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
