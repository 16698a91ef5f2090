<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssessmentDialog</name>
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
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
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
        <source>Updated</source>
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
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
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
    <name>DealsEditor</name>
    <message>
        <source>%1 deals · total %2 · average %3 · last purchase %4</source>
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
        <source>e.g. 12500.00</source>
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
        <source>Not found; it may have been deleted.</source>
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
    <name>KeyCustomer</name>
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
    <name>MainWindow</name>
    <message>
        <source>Desktop CRM</source>
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
        <source>Customers per quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
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
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
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
        <source>Deleting…</source>
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
