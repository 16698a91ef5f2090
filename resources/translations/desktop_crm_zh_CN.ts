<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
