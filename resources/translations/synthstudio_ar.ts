<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SynthStudio</source>
        <translation>حول SynthStudio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SynthStudio {0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SynthStudio {0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Turns a sensitive table into a documented, watermarked, signed synthetic dataset. Works offline: your data never leaves this computer.</source>
        <translation>يحوِّل جدولًا حساسًا إلى مجموعة بيانات اصطناعية موثَّقة وموسومة بعلامة مائية وموقَّعة. يعمل دون اتصال بالإنترنت: لا تغادر بياناتك هذا الحاسوب أبدًا.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>رخصة Apache 2.0</translation>
    </message>
    <message>
        <source>Business Source License 1.1 — free to use, including in production, except to offer a commercial synthetic-data service built on it; see the SDV licence for details</source>
        <translation>Business Source License 1.1 — استخدامها مجاني، بما في ذلك في بيئات الإنتاج، إلا لتقديم خدمة تجارية للبيانات الاصطناعية مبنية عليها؛ راجع ترخيص SDV للاطلاع على التفاصيل</translation>
    </message>
    <message>
        <source>Business Source License 1.1</source>
        <translation>Business Source License 1.1</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>رخصة MIT</translation>
    </message>
    <message>
        <source>BSD-style licence</source>
        <translation>رخصة من نوع BSD</translation>
    </message>
    <message>
        <source>BSD-style licences</source>
        <translation>رخص من نوع BSD</translation>
    </message>
    <message>
        <source>GNU LGPL version 3 (or GPL 2/3)</source>
        <translation>GNU LGPL الإصدار 3 (أو GPL 2/3)</translation>
    </message>
    <message>
        <source>BSD, MIT and Apache-2.0/BSD</source>
        <translation>BSD وMIT وApache-2.0/BSD</translation>
    </message>
    <message>
        <source>Sample data: UCI Adult (Census Income)</source>
        <translation>بيانات نموذجية: UCI Adult (Census Income)</translation>
    </message>
    <message>
        <source>CC BY 4.0 — Becker &amp; Kohavi, UCI Machine Learning Repository</source>
        <translation>CC BY 4.0 — Becker &amp; Kohavi، مستودع UCI للتعلُّم الآلي</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Component&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Version&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Licence&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;المكوِّن&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;الإصدار&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;الترخيص&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>The chart could not be drawn: {0}</source>
        <translation>تعذّر رسم الرسم البياني: {0}</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Sa&amp;ve chart…</source>
        <translation>حفظ الرسم البياني (&amp;V)…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture or an SVG drawing.</source>
        <translation>احفظ هذا الرسم البياني صورةً بتنسيق PNG أو رسمًا بتنسيق SVG.</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>حفظ الرسم البياني…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>حفظ الرسم البياني</translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translation>تعذَّر حفظ الرسم البياني.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>اختر مجلدًا لديك صلاحية الكتابة فيه.</translation>
    </message>
</context>
<context>
    <name>ColumnPanel</name>
    <message>
        <source>Columns of the table</source>
        <translation>أعمدة الجدول</translation>
    </message>
    <message>
        <source>Double-click a type or role to change it (or select it and press F2).</source>
        <translation>انقر نقرًا مزدوجًا على نوع أو دور لتغييره (أو حدِّده واضغط F2).</translation>
    </message>
</context>
<context>
    <name>ColumnSummaryModel</name>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>القيم المفقودة</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>القيم المختلفة</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>التوزيع</translation>
    </message>
    <message>
        <source>The column&apos;s name in the file.</source>
        <translation>اسم العمود في الملف.</translation>
    </message>
    <message>
        <source>What kind of values the column holds. Double-click to change.</source>
        <translation>نوع القيم التي يحتويها العمود. انقر نقرًا مزدوجًا للتغيير.</translation>
    </message>
    <message>
        <source>How the column is treated. Double-click to change.</source>
        <translation>طريقة معاملة العمود. انقر نقرًا مزدوجًا للتغيير.</translation>
    </message>
    <message>
        <source>Share of rows where the value is missing.</source>
        <translation>نسبة الصفوف التي تكون فيها القيمة مفقودة.</translation>
    </message>
    <message>
        <source>How many different values the column holds.</source>
        <translation>عدد القيم المختلفة في العمود.</translation>
    </message>
    <message>
        <source>A small picture of how the values are spread (from a sample of rows).</source>
        <translation>صورة مصغَّرة لكيفية توزُّع القيم (من عيِّنة من الصفوف).</translation>
    </message>
    <message>
        <source>Distribution preview</source>
        <translation>معاينة التوزيع</translation>
    </message>
    <message>
        <source>Detected as {0}; changed by you.</source>
        <translation>اكتُشف على أنه {0}، وغيَّرته أنت.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Comparison charts</source>
        <translation>رسوم المقارنة البيانية</translation>
    </message>
    <message>
        <source>Column to compare</source>
        <translation>العمود المراد مقارنته</translation>
    </message>
    <message>
        <source>The column whose real and synthetic distributions are drawn.</source>
        <translation>العمود الذي تُرسَم توزيعات قيمه الحقيقية والاصطناعية.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Co&amp;lumn:</source>
        <translation>العمود (&amp;L):</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>Closest records</source>
        <translation>أقرب السجلات</translation>
    </message>
    <message>
        <source>Model test</source>
        <translation>اختبار النموذج</translation>
    </message>
    <message>
        <source>{0} chart</source>
        <translation>الرسم البياني: {0}</translation>
    </message>
    <message>
        <source>Nothing to compare yet.</source>
        <translation>لا يوجد ما يُقارَن بعد.</translation>
    </message>
</context>
<context>
    <name>DataFrameModel</name>
    <message>
        <source>missing</source>
        <translation>مفقودة</translation>
    </message>
    <message>
        <source>This value is missing in the table.</source>
        <translation>هذه القيمة مفقودة في الجدول.</translation>
    </message>
    <message>
        <source>Column “{0}”. Click to sort by it.</source>
        <translation>العمود «{0}». انقر للفرز حسبه.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>{0:,} rows × {1:,} columns</source>
        <translation>{0:,} صف × {1:,} عمود</translation>
    </message>
</context>
<context>
    <name>DescriptionPage</name>
    <message>
        <source>Describe the release</source>
        <translation>وصف النشر</translation>
    </message>
    <message>
        <source>This goes into the datasheet, the description files and the manifest. Fields marked * are required.</source>
        <translation>تُدرَج هذه المعلومات في صحيفة البيانات وملفات الوصف وملف البيان. الحقول المعلَّمة بـ * إلزامية.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>The dataset&apos;s name as recipients will see it.</source>
        <translation>اسم مجموعة البيانات كما سيراه المستلمون.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Who releases the data. It signs the datasheet and the manifest; it is saved in the settings.</source>
        <translation>الجهة التي تنشر البيانات. توقِّع صحيفة البيانات وملف البيان، ويُحفَظ اسمها في الإعدادات.</translation>
    </message>
    <message>
        <source>e.g. National Statistics Office</source>
        <translation>مثال: المكتب الوطني للإحصاء</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>An e-mail address or a phone number for questions about this data.</source>
        <translation>عنوان بريد إلكتروني أو رقم هاتف للاستفسار عن هذه البيانات.</translation>
    </message>
    <message>
        <source>e.g. data@statistics.example</source>
        <translation>مثال: data@statistics.example</translation>
    </message>
    <message>
        <source>e.g. CC-BY-4.0, or your own terms</source>
        <translation>مثال: CC-BY-4.0، أو شروطك الخاصة</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>The terms under which others may use the data. An SPDX name such as CC-BY-4.0 is best; you may also type your own.</source>
        <translation>الشروط التي يجوز للآخرين بموجبها استخدام البيانات. يُفضَّل اسم SPDX مثل CC-BY-4.0، ويمكنك أيضًا كتابة شروطك الخاصة.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Why this synthetic dataset was made.</source>
        <translation>سبب إنشاء مجموعة البيانات الاصطناعية هذه.</translation>
    </message>
    <message>
        <source>e.g. To let students practise credit-risk analysis without real clients.</source>
        <translation>مثال: تمكين الطلاب من التدرُّب على تحليل مخاطر الائتمان دون بيانات عملاء حقيقيين.</translation>
    </message>
    <message>
        <source>Intended uses</source>
        <translation>الاستخدامات المقصودة</translation>
    </message>
    <message>
        <source>What the data may be used for, one use per line.</source>
        <translation>ما يجوز استخدام البيانات فيه، استخدام واحد في كل سطر.</translation>
    </message>
    <message>
        <source>One use per line, e.g. Teaching and training</source>
        <translation>استخدام واحد في كل سطر، مثال: التعليم والتدريب</translation>
    </message>
    <message>
        <source>Prohibited uses</source>
        <translation>الاستخدامات المحظورة</translation>
    </message>
    <message>
        <source>What the data must not be used for, one use per line.</source>
        <translation>ما لا يجوز استخدام البيانات فيه، استخدام واحد في كل سطر.</translation>
    </message>
    <message>
        <source>Trying to identify real people or to link rows to real persons</source>
        <translation>محاولة التعرُّف على أشخاص حقيقيين أو ربط الصفوف بأشخاص حقيقيين</translation>
    </message>
    <message>
        <source>Decisions about individual people</source>
        <translation>اتخاذ قرارات بشأن أفراد بعينهم</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>What the data cannot show, or shows poorly.</source>
        <translation>ما لا تستطيع البيانات إظهاره، أو ما تُظهره بشكل ضعيف.</translation>
    </message>
    <message>
        <source>e.g. Rare combinations of values are under-represented.</source>
        <translation>مثال: التوليفات النادرة من القيم ممثَّلة تمثيلًا ناقصًا.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Anything else recipients should know.</source>
        <translation>أي شيء آخر ينبغي أن يعرفه المستلمون.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Organisation: *</source>
        <translation>المؤسسة (&amp;O): *</translation>
    </message>
    <message>
        <source>&amp;Contact: *</source>
        <translation>جهة الاتصال (&amp;C): *</translation>
    </message>
    <message>
        <source>&amp;Licence: *</source>
        <translation>الترخيص (&amp;L): *</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>الغرض (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Intended uses: *</source>
        <translation>الاستخدامات المقصودة (&amp;I): *</translation>
    </message>
    <message>
        <source>P&amp;rohibited uses:</source>
        <translation>الاستخدامات المحظورة (&amp;R):</translation>
    </message>
    <message>
        <source>Li&amp;mitations:</source>
        <translation>القيود (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ملاحظات (&amp;N):</translation>
    </message>
    <message>
        <source>{0} (synthetic)</source>
        <translation>{0} (بيانات اصطناعية)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>رسالة الخطأ</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>ما يجب فعله: {0}</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>التفاصيل التقنية</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>إظهار التفاصيل (&amp;D)</translation>
    </message>
    <message>
        <source>Show the technical details, for your IT support.</source>
        <translation>إظهار التفاصيل التقنية لتقديمها إلى فريق الدعم التقني لديك.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>نسخ التفاصيل (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the message and the technical details to the clipboard.</source>
        <translation>نسخ الرسالة والتفاصيل التقنية إلى الحافظة.</translation>
    </message>
    <message>
        <source>Error code: {0}</source>
        <translation>رمز الخطأ: {0}</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>إخفاء التفاصيل (&amp;D)</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Problem with the file</source>
        <translation>مشكلة في الملف</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>التفاصيل (&amp;D)…</translation>
    </message>
    <message>
        <source>Show and copy the technical details.</source>
        <translation>إظهار التفاصيل التقنية ونسخها.</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>ما يجب فعله: {0}</translation>
    </message>
</context>
<context>
    <name>FairnessPage</name>
    <message>
        <source>Fairness target (optional)</source>
        <translation>هدف الإنصاف (اختياري)</translation>
    </message>
    <message>
        <source>Synthetic data copies the biases of the real table unless you ask otherwise. Set a target, and SynthStudio steers the generated rows towards it and measures the result.</source>
        <translation>تنسخ البيانات الاصطناعية تحيُّزات الجدول الحقيقي ما لم تطلب غير ذلك. حدِّد هدفًا، وسيوجِّه SynthStudio الصفوف المولَّدة نحوه ويقيس النتيجة.</translation>
    </message>
    <message>
        <source>&amp;No fairness target — keep the patterns of the real table</source>
        <translation>بلا هدف إنصاف — الإبقاء على أنماط الجدول الحقيقي (&amp;N)</translation>
    </message>
    <message>
        <source>The synthetic data follows the real data, including its biases.</source>
        <translation>تتبع البيانات الاصطناعية البيانات الحقيقية، بما في ذلك تحيُّزاتها.</translation>
    </message>
    <message>
        <source>Set a fairness &amp;target</source>
        <translation>تحديد هدف إنصاف (&amp;T)</translation>
    </message>
    <message>
        <source>Choose who must be treated alike, and how alike.</source>
        <translation>اختر مَن يجب أن يُعامَلوا بالتساوي، وإلى أي درجة.</translation>
    </message>
    <message>
        <source>In partially synthetic mode the rows stay the real ones, so the target is measured and reported but not enforced.</source>
        <translation>في الوضع الاصطناعي الجزئي تبقى الصفوف هي الصفوف الحقيقية، لذا يُقاس الهدف ويُذكَر في التقرير لكنه لا يُفرَض.</translation>
    </message>
    <message>
        <source>Fairness targets need the table&apos;s values, which are not available.</source>
        <translation>تحتاج أهداف الإنصاف إلى قيم الجدول، وهي غير متاحة.</translation>
    </message>
    <message>
        <source>Sensitive columns</source>
        <translation>الأعمدة الحساسة</translation>
    </message>
    <message>
        <source>Columns that describe groups of people who must be treated alike, such as sex or race. Press Space to tick or untick the selected column.</source>
        <translation>أعمدة تصف فئات من الأشخاص يجب أن يُعامَلوا بالتساوي، مثل الجنس أو العِرق. اضغط مفتاح المسافة لتحديد العمود المختار أو إلغاء تحديده.</translation>
    </message>
    <message>
        <source>Judge their &amp;intersection (e.g. women of one race compared with men of another)</source>
        <translation>الحكم على تقاطعها (مثلًا: نساء من عِرق مقارنةً برجال من عِرق آخر) (&amp;I)</translation>
    </message>
    <message>
        <source>Judge combined groups such as Female × Black instead of each column on its own.</source>
        <translation>الحكم على فئات مركَّبة مثل Female × Black بدلًا من الحكم على كل عمود على حدة.</translation>
    </message>
    <message>
        <source>Judge the intersection of the sensitive columns</source>
        <translation>الحكم على تقاطع الأعمدة الحساسة</translation>
    </message>
    <message>
        <source>Outcome column</source>
        <translation>عمود المُخرَج</translation>
    </message>
    <message>
        <source>The decision or result that should not depend on the groups, such as income or a loan decision.</source>
        <translation>القرار أو النتيجة التي يجب ألا تعتمد على الفئات، مثل الدخل أو قرار منح القرض.</translation>
    </message>
    <message>
        <source>Favourable outcome value</source>
        <translation>قيمة المُخرَج المواتية</translation>
    </message>
    <message>
        <source>The value that is good news for a person, such as &gt;50K or approved.</source>
        <translation>القيمة التي تمثِّل خبرًا سارًّا للشخص، مثل &gt;50K أو «مقبول».</translation>
    </message>
    <message>
        <source>Fairness measure</source>
        <translation>مقياس الإنصاف</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>العتبة</translation>
    </message>
    <message>
        <source>&amp;Sensitive columns:</source>
        <translation>الأعمدة الحساسة (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Outcome column:</source>
        <translation>عمود المُخرَج (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Favourable value:</source>
        <translation>القيمة المواتية (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>المقياس (&amp;M):</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>العتبة (&amp;H):</translation>
    </message>
    <message>
        <source>The real data today</source>
        <translation>البيانات الحقيقية حاليًا</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <source>{0} ({1} rows)</source>
        <translation>{0} ({1} صف)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Measured on {0} randomly chosen rows of the {1}, to answer quickly.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;قِيس على {0} صف مختار عشوائيًا من أصل {1}، للحصول على إجابة سريعة.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>At least this value counts as fair (1 is equal treatment).</source>
        <translation>تُعَدّ هذه القيمة فما فوقها منصفة (١ تعني المساواة في المعاملة).</translation>
    </message>
    <message>
        <source>At most this value counts as fair (0 is equal treatment).</source>
        <translation>تُعَدّ هذه القيمة فما دونها منصفة (٠ تعني المساواة في المعاملة).</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the columns above to see how the real data measures up.&lt;/p&gt;</source>
        <translation>&lt;p&gt;اختر الأعمدة أعلاه لترى نتيجة البيانات الحقيقية في هذا المقياس.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The real data today&lt;/b&gt;&lt;/p&gt;{0}</source>
        <translation>&lt;p&gt;&lt;b&gt;البيانات الحقيقية حاليًا&lt;/b&gt;&lt;/p&gt;{0}</translation>
    </message>
</context>
<context>
    <name>FairnessView</name>
    <message>
        <source>Fairness results</source>
        <translation>نتائج الإنصاف</translation>
    </message>
    <message>
        <source>Fairness chart</source>
        <translation>الرسم البياني للإنصاف</translation>
    </message>
    <message>
        <source>Which before/after chart to show: real data, the synthetic data before the correction, and the released data.</source>
        <translation>الرسم البياني المراد عرضه (قبل/بعد): البيانات الحقيقية، والبيانات الاصطناعية قبل التصحيح، والبيانات المنشورة.</translation>
    </message>
    <message>
        <source>Fairness chart, before and after</source>
        <translation>الرسم البياني للإنصاف، قبل وبعد</translation>
    </message>
    <message>
        <source>&amp;Before and after:</source>
        <translation>قبل وبعد (&amp;B):</translation>
    </message>
    <message>
        <source>No fairness target was set for this run, so no group balance was enforced or verified.</source>
        <translation>لم يُحدَّد هدف إنصاف لهذا التشغيل، لذا لم يُفرَض أي توازن بين الفئات ولم يُتحقَّق منه.</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>جارٍ رسم الرسوم البيانية…</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>تحقَّق</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>لم يتحقَّق</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>لم يُقَس</translation>
    </message>
    <message>
        <source>Correction:</source>
        <translation>التصحيح:</translation>
    </message>
    <message>
        <source>No correction was applied: the target was only measured.</source>
        <translation>لم يُطبَّق أي تصحيح: اقتصر الأمر على قياس الهدف.</translation>
    </message>
    <message>
        <source>Utility cost of the correction: not measured (no correction was applied, or no model could be tested on real holdout rows).</source>
        <translation>كلفة التصحيح على الفائدة: لم تُقَس (لم يُطبَّق أي تصحيح، أو تعذَّر اختبار أي نموذج على صفوف حقيقية محجوزة للاختبار).</translation>
    </message>
    <message>
        <source>None: every group has at least {0:,} real rows, enough to learn from and to judge.</source>
        <translation>لا توجد: لكل فئة {0:,} صف حقيقي على الأقل، وهو عدد يكفي للتعلُّم منه وللحكم على النتيجة.</translation>
    </message>
    <message>
        <source>Fairness target</source>
        <translation>هدف الإنصاف</translation>
    </message>
    <message>
        <source>Result, measured on the released data</source>
        <translation>النتيجة، مقيسةً على البيانات المنشورة</translation>
    </message>
    <message>
        <source>Warnings about group sizes</source>
        <translation>تحذيرات بشأن أحجام الفئات</translation>
    </message>
    <message>
        <source>Remaining bias</source>
        <translation>التحيُّز المتبقي</translation>
    </message>
    <message>
        <source>As written in the datasheet.</source>
        <translation>كما ورد في صحيفة البيانات.</translation>
    </message>
    <message>
        <source>Real data (training rows)</source>
        <translation>البيانات الحقيقية (صفوف التدريب)</translation>
    </message>
    <message>
        <source>Synthetic, before correction</source>
        <translation>الاصطناعية، قبل التصحيح</translation>
    </message>
    <message>
        <source>Released data</source>
        <translation>البيانات المنشورة</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>In the table</source>
        <translation>في الجدول</translation>
    </message>
    <message>
        <source>In the model&apos;s predictions</source>
        <translation>في تنبؤات النموذج</translation>
    </message>
    <message>
        <source>Equalized-odds difference (model)</source>
        <translation>فرق تكافؤ الاحتمالات (النموذج)</translation>
    </message>
    <message>
        <source>Model accuracy</source>
        <translation>دقة النموذج</translation>
    </message>
    <message>
        <source>Model ROC AUC</source>
        <translation>ROC AUC للنموذج</translation>
    </message>
    <message>
        <source>{0}, measured in each table</source>
        <translation>{0}: القيم المقيسة في كل جدول</translation>
    </message>
    <message>
        <source>, and in the predictions of a model trained on it and tested on the same {0:,} real holdout rows, which the generator never saw</source>
        <translation>، وفي تنبؤات نموذج دُرِّب على كلٍّ منها واختُبر على الصفوف الحقيقية المحجوزة للاختبار نفسها ({0:,} صف)، التي لم يرها المولِّد قط</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a table</source>
        <translation>اختر جدولًا</translation>
    </message>
    <message>
        <source>CSV, Excel, Parquet, Stata or SPSS. The file is only read, never changed.</source>
        <translation>CSV أو Excel أو Parquet أو Stata أو SPSS. يُقرأ الملف فقط ولا يُغيَّر أبدًا.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <source>Type a path or press Browse</source>
        <translation>اكتب مسارًا أو اضغط «استعراض»</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض (&amp;B)…</translation>
    </message>
    <message>
        <source>Pick the file in a file dialog.</source>
        <translation>اختر الملف من مربع حوار الملفات.</translation>
    </message>
    <message>
        <source>Excel sheet</source>
        <translation>ورقة Excel</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the table.</source>
        <translation>ورقة المصنَّف التي تحتوي على الجدول.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>الورقة (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>الملف (&amp;F):</translation>
    </message>
    <message>
        <source>Choose a table to import</source>
        <translation>اختر جدولًا لاستيراده</translation>
    </message>
    <message>
        <source>Tables ({0});;All files (*)</source>
        <translation>الجداول ({0});;جميع الملفات (*)</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Choose the formats and the folder</source>
        <translation>اختر التنسيقات والمجلد</translation>
    </message>
    <message>
        <source>Every file is marked as synthetic: in its name, in its metadata, in a description file beside it, and in its numbers (an invisible watermark).</source>
        <translation>يُعلَّم كل ملف على أنه اصطناعي: في اسمه، وفي بياناته الوصفية، وفي ملف وصف بجانبه، وفي أرقامه (علامة مائية غير مرئية).</translation>
    </message>
    <message>
        <source>Plain text, opens everywhere. The description file beside it carries the metadata.</source>
        <translation>نص عادي يُفتح في أي مكان. ويحمل ملف الوصف المرافق له البيانات الوصفية.</translation>
    </message>
    <message>
        <source>An Excel workbook with an &quot;About this data&quot; sheet first.</source>
        <translation>مصنَّف Excel تتصدَّره ورقة &quot;About this data&quot; (حول هذه البيانات).</translation>
    </message>
    <message>
        <source>A compact format for analysts (R, Python, Spark), with the metadata inside.</source>
        <translation>تنسيق مضغوط للمحللين (R وPython وSpark)، يتضمن البيانات الوصفية.</translation>
    </message>
    <message>
        <source>A Stata data file; its dataset label says it is synthetic and gives the dataset ID.</source>
        <translation>ملف بيانات Stata؛ تذكر تسمية مجموعة البيانات فيه أنها اصطناعية وتتضمن معرِّف مجموعة البيانات.</translation>
    </message>
    <message>
        <source>An SPSS data file; its file label and notes say it is synthetic, with the metadata.</source>
        <translation>ملف بيانات SPSS؛ تذكر تسمية الملف وملاحظاته أنه اصطناعي، وتتضمن البيانات الوصفية.</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>التنسيقات</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>The start of every file name; &quot;.SYNTHETIC&quot; is always added.</source>
        <translation>بداية اسم كل ملف؛ وتُضاف اللاحقة &quot;.SYNTHETIC&quot; دائمًا.</translation>
    </message>
    <message>
        <source>Folder to release into</source>
        <translation>مجلد النشر</translation>
    </message>
    <message>
        <source>The folder the release is written to. It is created if needed.</source>
        <translation>المجلد الذي تُكتَب فيه ملفات النشر. يُنشأ عند الحاجة.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض (&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog.</source>
        <translation>اختر المجلد من مربع حوار الملفات.</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>اسم الملف (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>المجلد (&amp;F):</translation>
    </message>
    <message>
        <source> — the input&apos;s format</source>
        <translation> — تنسيق ملف الإدخال</translation>
    </message>
    <message>
        <source>{0} — the input&apos;s format (not available)</source>
        <translation>{0} — تنسيق ملف الإدخال (غير متاح)</translation>
    </message>
    <message>
        <source>SynthStudio cannot write {0} files with the watermark and metadata a release needs. Choose CSV, Excel or Parquet: most statistics programs read all three.</source>
        <translation>لا يستطيع SynthStudio كتابة ملفات {0} مع العلامة المائية والبيانات الوصفية التي يتطلبها النشر. اختر CSV أو Excel أو Parquet: فمعظم البرامج الإحصائية تقرأ التنسيقات الثلاثة.</translation>
    </message>
    <message>
        <source>Choose the folder to release into</source>
        <translation>اختر مجلد النشر</translation>
    </message>
    <message>
        <source>Data files: {0}, each with a description file (.json), plus a signed datasheet (PDF), manifest.json and its signature manifest.json.p7s. Existing files are never replaced without asking.</source>
        <translation>ملفات البيانات: {0}، لكل منها ملف وصف (.json)، إضافةً إلى صحيفة بيانات موقَّعة (PDF) والملف manifest.json وتوقيعه manifest.json.p7s. لا يُستبدَل أي ملف موجود دون سؤالك.</translation>
    </message>
    <message>
        <source>Each result gets its own subfolder, named after it.</source>
        <translation>لكل نتيجة مجلد فرعي خاص بها يحمل اسمها.</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>Check the release gate</source>
        <translation>التحقق من بوابة النشر</translation>
    </message>
    <message>
        <source>The release gate compares each result&apos;s evaluation (fidelity, utility, privacy…) with your organisation&apos;s thresholds.</source>
        <translation>تقارن بوابة النشر تقييم كل نتيجة (المطابقة، الفائدة، الخصوصية…) بالعتبات التي حددتها مؤسستك.</translation>
    </message>
    <message>
        <source>Release-gate result of each chosen result</source>
        <translation>نتيجة بوابة النشر لكل نتيجة مختارة</translation>
    </message>
    <message>
        <source>Justification for releasing a result that failed the gate</source>
        <translation>مسوِّغ نشر نتيجة لم تجتز البوابة</translation>
    </message>
    <message>
        <source>Why is releasing this data acceptable although it failed the gate? This text is printed in the datasheet and the manifest.</source>
        <translation>لماذا يُعَدّ نشر هذه البيانات مقبولًا رغم أنها لم تجتز البوابة؟ يُطبَع هذا النص في صحيفة البيانات وملف البيان.</translation>
    </message>
    <message>
        <source>e.g. The privacy measures failed only on the rare categories, which the recipients will not use; approved by the data protection officer on …</source>
        <translation>مثال: أخفقت مقاييس الخصوصية في الفئات النادرة فقط، وهي فئات لن يستخدمها المستلمون؛ وافق على ذلك مسؤول حماية البيانات بتاريخ …</translation>
    </message>
    <message>
        <source>&amp;Justification (required, at least {0} characters):</source>
        <translation>المسوِّغ (إلزامي، لا يقل عن {0} حرفًا) (&amp;J):</translation>
    </message>
    <message>
        <source>&amp;Release gate of the chosen results:</source>
        <translation>بوابة النشر للنتائج المختارة (&amp;R):</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source> (failed: {0})</source>
        <translation> (المقاييس التي لم تجتزها: {0})</translation>
    </message>
    <message>
        <source>&lt;b&gt;At least one result FAILED the release gate.&lt;/b&gt; You may release it only with a written justification; it is printed in the datasheet and recorded in the signed manifest.</source>
        <translation>&lt;b&gt;نتيجة واحدة على الأقل لم تجتز بوابة النشر.&lt;/b&gt; لا يجوز لك نشرها إلا بمسوِّغ مكتوب؛ يُطبَع المسوِّغ في صحيفة البيانات ويُسجَّل في ملف البيان الموقَّع.</translation>
    </message>
    <message>
        <source>Some results passed with warnings. Read their evaluation before releasing; the datasheet shows the warnings.</source>
        <translation>اجتازت بعض النتائج البوابة مع تحذيرات. اقرأ تقييمها قبل النشر؛ وتعرض صحيفة البيانات التحذيرات.</translation>
    </message>
    <message>
        <source>Some results were not evaluated, so nothing shows how faithful or how private they are. The datasheet will say so. Evaluate them first if you can.</source>
        <translation>لم تُقيَّم بعض النتائج، لذا لا يوجد ما يبيِّن مدى مطابقتها أو مدى حمايتها للخصوصية. وستذكر صحيفة البيانات ذلك. قيِّمها أولًا إن أمكن.</translation>
    </message>
    <message>
        <source>All chosen results passed the release gate.</source>
        <translation>اجتازت جميع النتائج المختارة بوابة النشر.</translation>
    </message>
    <message>
        <source>{0} more characters needed.</source>
        <translation>عدد الأحرف الإضافية المطلوبة: {0}.</translation>
    </message>
    <message>
        <source>Thank you: the justification will be recorded.</source>
        <translation>شكرًا لك: سيُسجَّل المسوِّغ.</translation>
    </message>
</context>
<context>
    <name>GateThresholdsDialog</name>
    <message>
        <source>Release gate thresholds</source>
        <translation>عتبات بوابة النشر</translation>
    </message>
    <message>
        <source>A result &lt;b&gt;passes&lt;/b&gt; a metric at the pass value or better, &lt;b&gt;fails&lt;/b&gt; beyond the fail value, and &lt;b&gt;warns&lt;/b&gt; in between. Only metrics that &lt;i&gt;decide the release&lt;/i&gt; change the overall verdict; the others get their own light. An unjudged metric is only reported. Hover over a metric for its meaning.</source>
        <translation>&lt;b&gt;تجتاز&lt;/b&gt; النتيجة المقياسَ عند قيمة الاجتياز أو أفضل منها، و&lt;b&gt;تُخفق&lt;/b&gt; فيه بعد تجاوز قيمة الإخفاق، وتحصل على &lt;b&gt;تحذير&lt;/b&gt; فيما بينهما. لا تغيِّر الحكم العام إلا المقاييس التي &lt;i&gt;تحسم النشر&lt;/i&gt;؛ أما غيرها فلكلٍّ منها مؤشره الضوئي الخاص. والمقياس الذي لا يُحكَم عليه يُذكَر في التقرير فقط. مرِّر المؤشر فوق أي مقياس لمعرفة معناه.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>القيمة الأفضل</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>يُحكَم عليه</translation>
    </message>
    <message>
        <source>Pass at</source>
        <translation>الاجتياز عند</translation>
    </message>
    <message>
        <source>Fail at</source>
        <translation>الإخفاق عند</translation>
    </message>
    <message>
        <source>Decides the release</source>
        <translation>يحسم النشر</translation>
    </message>
    <message>
        <source>Untick to only report this metric.</source>
        <translation>ألغِ التحديد للاكتفاء بذكر هذا المقياس في التقرير.</translation>
    </message>
    <message>
        <source>Lower it below zero for &quot;never&quot;: the metric can warn but never fail.</source>
        <translation>اخفض القيمة إلى ما دون الصفر لاختيار «أبدًا»: عندئذٍ قد يعطي المقياس تحذيرًا لكنه لا يُخفق أبدًا.</translation>
    </message>
    <message>
        <source>Ticked: a failure here fails the result and needs a written justification to release.</source>
        <translation>عند التحديد: الإخفاق في هذا المقياس يعني إخفاق النتيجة، ويتطلب نشرها مسوِّغًا مكتوبًا.</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>استعادة القيم الافتراضية (&amp;R)</translation>
    </message>
    <message>
        <source>Put back SynthStudio&apos;s thresholds for every metric.</source>
        <translation>إعادة عتبات SynthStudio الافتراضية لجميع المقاييس.</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
</context>
<context>
    <name>GeneratorsPage</name>
    <message>
        <source>Preset for {0}</source>
        <translation>الإعداد المسبق لـ {0}</translation>
    </message>
    <message>
        <source>Fast trains briefly; Best quality trains longest and is most faithful.</source>
        <translation>الإعداد «سريع» يدرِّب لفترة قصيرة؛ و«أفضل جودة» يدرِّب لأطول فترة ويعطي أكثر النتائج مطابقة.</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>جارٍ التقدير…</translation>
    </message>
    <message>
        <source>Choose one or more generators</source>
        <translation>اختر مولِّدًا واحدًا أو أكثر</translation>
    </message>
    <message>
        <source>Pick a quick choice, or tick several generators to compare them. Times are estimates for this table ({0} rows × {1} columns) on this computer.</source>
        <translation>استخدم اختيارًا سريعًا، أو حدِّد عدة مولِّدات لمقارنتها. الأوقات تقديرية لهذا الجدول ({0} صف × {1} عمود) على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Quick choice:</source>
        <translation>اختيار سريع:</translation>
    </message>
    <message>
        <source>Use {0} with the “{1}” preset.</source>
        <translation>استخدام {0} مع الإعداد المسبق «{1}».</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>المولِّد</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>الإعداد المسبق</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>Estimate run times</source>
        <translation>تقدير أوقات التشغيل</translation>
    </message>
    <message>
        <source>GPU ({0})</source>
        <translation>GPU ({0})</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>المعالج</translation>
    </message>
    <message>
        <source>≈ {0} · {1} MB · {2}</source>
        <translation>≈ {0} · {1} ميغابايت · {2}</translation>
    </message>
    <message>
        <source>Uses the graphics card (GPU).</source>
        <translation>يستخدم بطاقة الرسومات (GPU).</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a table</source>
        <translation>استيراد جدول</translation>
    </message>
    <message>
        <source>Confirm the column types</source>
        <translation>تأكيد أنواع الأعمدة</translation>
    </message>
    <message>
        <source>SynthStudio guessed what each column holds. Correct any guess that is wrong.</source>
        <translation>خمَّن SynthStudio ما يحتويه كل عمود. صحِّح أي تخمين خاطئ.</translation>
    </message>
    <message>
        <source>Give the columns their roles</source>
        <translation>تحديد أدوار الأعمدة</translation>
    </message>
    <message>
        <source>Identifiers are never learned. Quasi-identifiers and sensitive columns are used to check privacy; the target is the outcome a model would predict.</source>
        <translation>لا يتعلَّم النموذج المعرِّفات أبدًا. تُستخدَم المعرِّفات شبه المباشرة والأعمدة الحساسة لفحص الخصوصية؛ والهدف هو المُخرَج الذي سيتنبأ به نموذج.</translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <source>The work stopped because of an unexpected problem: {0}</source>
        <translation>توقف العمل بسبب مشكلة غير متوقعة: {0}</translation>
    </message>
    <message>
        <source>Try again with other settings. If it happens again, copy the details and send them to your IT support.</source>
        <translation>حاول مرة أخرى بإعدادات أخرى. وإذا تكرر ذلك، فانسخ التفاصيل وأرسلها إلى فريق الدعم التقني لديك.</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>Job: {0}</source>
        <translation>المهمة: {0}</translation>
    </message>
    <message>
        <source>Progress of {0}</source>
        <translation>تقدُّم {0}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop this job. Nothing is written.</source>
        <translation>إيقاف هذه المهمة. لا يُكتَب أي شيء.</translation>
    </message>
    <message>
        <source>Cancel {0}</source>
        <translation>إلغاء {0}</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
    <message>
        <source>Show why this job failed.</source>
        <translation>إظهار سبب فشل هذه المهمة.</translation>
    </message>
    <message>
        <source>waiting in the queue</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <source>took {0}</source>
        <translation>استغرقت {0}</translation>
    </message>
    <message>
        <source>{0} elapsed</source>
        <translation>انقضى {0}</translation>
    </message>
    <message>
        <source>, about {0} left</source>
        <translation>، ويتبقى نحو {0}</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>No jobs yet. Start one with Run ▸ Synthesize (Ctrl+R).</source>
        <translation>لا توجد مهام بعد. ابدأ مهمة من تشغيل ▸ توليد بيانات اصطناعية (Ctrl+R).</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>المهام</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>عدد عشري</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>فئة</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>نعم / لا</translation>
    </message>
    <message>
        <source>Date / time</source>
        <translation>تاريخ / وقت</translation>
    </message>
    <message>
        <source>Identifier (ID)</source>
        <translation>معرِّف (ID)</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>نص حر</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Record identifier</source>
        <translation>معرِّف السجل</translation>
    </message>
    <message>
        <source>Direct identifier</source>
        <translation>معرِّف مباشر</translation>
    </message>
    <message>
        <source>Quasi-identifier</source>
        <translation>معرِّف شبه مباشر</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>حساس</translation>
    </message>
    <message>
        <source>Target (outcome)</source>
        <translation>الهدف (المُخرَج)</translation>
    </message>
    <message>
        <source>An ordinary column: learned and generated.</source>
        <translation>عمود عادي: يتعلَّمه النموذج ويولِّد قيمه.</translation>
    </message>
    <message>
        <source>A row number or record key. Never learned; new keys are made up.</source>
        <translation>رقم صف أو مفتاح سجل. لا يتعلَّمه النموذج أبدًا، وتُنشأ مفاتيح جديدة.</translation>
    </message>
    <message>
        <source>Names, e-mails, phone or ID numbers. Never learned; fake values replace them.</source>
        <translation>الأسماء أو عناوين البريد الإلكتروني أو أرقام الهواتف أو الهويات. لا يتعلَّمها النموذج أبدًا، وتحلّ محلها قيم وهمية.</translation>
    </message>
    <message>
        <source>Age, postcode, sex…: harmless alone, identifying in combination. Used to check privacy.</source>
        <translation>العمر، الرمز البريدي، الجنس…: لا ضرر منها منفردةً، لكنها تكشف الهوية مجتمعةً. تُستخدم لفحص الخصوصية.</translation>
    </message>
    <message>
        <source>A protected or sensitive attribute (health, ethnicity…). Used to check privacy and fairness.</source>
        <translation>سمة محمية أو حساسة (الصحة، الأصل العرقي…). تُستخدم لفحص الخصوصية والإنصاف.</translation>
    </message>
    <message>
        <source>The outcome a model will predict from the other columns. At most one.</source>
        <translation>المُخرَج الذي سيتنبأ به نموذجٌ انطلاقًا من الأعمدة الأخرى. عمود واحد على الأكثر.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} ث</translation>
    </message>
    <message>
        <source>{0} min {1:02d} s</source>
        <translation>{0} د {1:02d} ث</translation>
    </message>
    <message>
        <source>{0} h {1:02d} min</source>
        <translation>{0} س {1:02d} د</translation>
    </message>
</context>
<context>
    <name>LineageDialog</name>
    <message>
        <source>This table looks like synthetic data</source>
        <translation>يبدو أن هذا الجدول بيانات اصطناعية</translation>
    </message>
    <message>
        <source>Synthetic input warning</source>
        <translation>تحذير: بيانات إدخال اصطناعية</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>ما عُثر عليه</translation>
    </message>
    <message>
        <source>Data made from real data is generation 1; data made from generation 1 is generation 2, and so on.</source>
        <translation>البيانات المُنشأة من بيانات حقيقية هي الجيل ١؛ والبيانات المُنشأة من الجيل ١ هي الجيل ٢، وهكذا.</translation>
    </message>
    <message>
        <source>Estimated from the watermark in the numbers (or from the file&apos;s own description when the numbers cannot tell).</source>
        <translation>مقدَّرة من العلامة المائية في الأرقام (أو من الوصف المرافق للملف عندما لا تكفي الأرقام لتحديدها).</translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation>الجيل:</translation>
    </message>
    <message>
        <source>Synthetic share:</source>
        <translation>نسبة البيانات الاصطناعية:</translation>
    </message>
    <message>
        <source>Dataset ID:</source>
        <translation>معرِّف مجموعة البيانات:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Watermark:</source>
        <translation>العلامة المائية:</translation>
    </message>
    <message>
        <source>z = {0} (4 or more means the numbers carry SynthStudio&apos;s watermark)</source>
        <translation>z = {0} (القيمة ٤ فأكثر تعني أن الأرقام تحمل العلامة المائية لـ SynthStudio)</translation>
    </message>
    <message>
        <source>About {0} of this table appears to be synthetic data made by SynthStudio, mixed with other data.</source>
        <translation>يبدو أن نحو {0} من هذا الجدول بيانات اصطناعية أنشأها SynthStudio، ممزوجة ببيانات أخرى.</translation>
    </message>
    <message>
        <source>Found because:</source>
        <translation>سبب الاكتشاف:</translation>
    </message>
    <message>
        <source>Training a generator on synthetic data is like copying a copy: the new model learns the first model&apos;s mistakes as if they were facts and loses rare cases, a little more with each generation (this is called &lt;i&gt;model collapse&lt;/i&gt;). Use the original real data whenever you can.</source>
        <translation>تدريب مولِّد على بيانات اصطناعية يشبه نسخ نسخة: يتعلَّم النموذج الجديد أخطاء النموذج الأول كأنها حقائق ويفقد الحالات النادرة، ويزداد ذلك قليلًا مع كل جيل (وتُسمى هذه الظاهرة &lt;i&gt;انهيار النموذج&lt;/i&gt;). استخدم البيانات الحقيقية الأصلية كلما أمكنك ذلك.</translation>
    </message>
    <message>
        <source>C&amp;ontinue anyway</source>
        <translation>المتابعة على أي حال (&amp;O)</translation>
    </message>
    <message>
        <source>Use this table; its synthetic origin is recorded in the new data&apos;s datasheet.</source>
        <translation>استخدام هذا الجدول؛ ويُسجَّل أصله الاصطناعي في صحيفة البيانات الخاصة بالبيانات الجديدة.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء (&amp;C)</translation>
    </message>
    <message>
        <source>Do not use this table.</source>
        <translation>عدم استخدام هذا الجدول.</translation>
    </message>
    <message>
        <source>This table appears to be synthetic data made by SynthStudio, not real data.</source>
        <translation>يبدو أن هذا الجدول بيانات اصطناعية أنشأها SynthStudio، وليس بيانات حقيقية.</translation>
    </message>
    <message>
        <source>1 — it was generated from real data</source>
        <translation>١ — وُلِّدت من بيانات حقيقية</translation>
    </message>
    <message>
        <source>{0} — it was generated from data that was itself synthetic</source>
        <translation>{0} — وُلِّدت من بيانات كانت هي نفسها اصطناعية</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>غير مُقاسة</translation>
    </message>
    <message>
        <source>about {0}</source>
        <translation>نحو {0}</translation>
    </message>
    <message>
        <source>If you continue, the new synthetic data will be recorded as generation {0}, and its datasheet will name dataset {1} as its source.</source>
        <translation>إذا تابعت، فستُسجَّل البيانات الاصطناعية الجديدة على أنها الجيل {0}، وستذكر صحيفة بياناتها مجموعة البيانات {1} مصدرًا لها.</translation>
    </message>
    <message>
        <source>If you continue, the new synthetic data will be recorded as generation {0} in its datasheet.</source>
        <translation>إذا تابعت، فستُسجَّل البيانات الاصطناعية الجديدة في صحيفة بياناتها على أنها الجيل {0}.</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>Training loss curve</source>
        <translation>منحنى خسارة التدريب</translation>
    </message>
    <message>
        <source>How the model&apos;s error falls while it learns. A flat curve means it has stopped improving.</source>
        <translation>كيف ينخفض خطأ النموذج أثناء تعلُّمه. يعني المنحنى المستوي أن النموذج توقف عن التحسُّن.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>الحقبة</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <source>The loss curve of a learning generator
appears here while it trains.</source>
        <translation>يظهر هنا منحنى الخسارة للمولِّد الذي يتعلَّم
أثناء تدريبه.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SynthStudio</source>
        <translation>SynthStudio</translation>
    </message>
    <message>
        <source>Real data</source>
        <translation>البيانات الحقيقية</translation>
    </message>
    <message>
        <source>Main views</source>
        <translation>طرق العرض الرئيسية</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>البيانات (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>النتائج (&amp;S)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to SynthStudio&lt;/h2&gt;&lt;p&gt;Start by importing a table: &lt;b&gt;File ▸ Import data&lt;/b&gt; (Ctrl+I),&lt;br&gt;or open the sample dataset: &lt;b&gt;File ▸ Open sample dataset&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;مرحبًا بك في SynthStudio&lt;/h2&gt;&lt;p&gt;ابدأ باستيراد جدول: &lt;b&gt;ملف ▸ استيراد البيانات&lt;/b&gt; (Ctrl+I)،&lt;br&gt;أو افتح مجموعة البيانات النموذجية: &lt;b&gt;ملف ▸ فتح مجموعة البيانات النموذجية&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>مشروع جديد (&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty project.</source>
        <translation>بدء مشروع فارغ.</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>فتح مشروع (&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved .synthstudio project.</source>
        <translation>فتح مشروع ‎.synthstudio محفوظ.</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>حفظ المشروع (&amp;S)</translation>
    </message>
    <message>
        <source>Save the project, with its settings and results.</source>
        <translation>حفظ المشروع مع إعداداته ونتائجه.</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>حفظ المشروع باسم (&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under a new name.</source>
        <translation>حفظ المشروع باسم جديد.</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>استيراد البيانات (&amp;I)…</translation>
    </message>
    <message>
        <source>Import a table (CSV, Excel, Parquet, Stata, SPSS).</source>
        <translation>استيراد جدول (CSV، Excel، Parquet، Stata، SPSS).</translation>
    </message>
    <message>
        <source>Open &amp;sample dataset</source>
        <translation>فتح مجموعة البيانات النموذجية (&amp;P)</translation>
    </message>
    <message>
        <source>Open the bundled sample table (UCI Adult census extract).</source>
        <translation>فتح الجدول النموذجي المرفق (مستخرج من تعداد UCI Adult).</translation>
    </message>
    <message>
        <source>&amp;Locate data table…</source>
        <translation>تحديد موقع جدول البيانات (&amp;L)…</translation>
    </message>
    <message>
        <source>Tell SynthStudio where the project&apos;s table is now.</source>
        <translation>إبلاغ SynthStudio بالموقع الحالي لجدول المشروع.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <source>Close SynthStudio.</source>
        <translation>إغلاق SynthStudio.</translation>
    </message>
    <message>
        <source>&amp;Synthesize…</source>
        <translation>توليد بيانات اصطناعية (&amp;S)…</translation>
    </message>
    <message>
        <source>Generate synthetic data from this table.</source>
        <translation>توليد بيانات اصطناعية من هذا الجدول.</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>نشر (&amp;R)…</translation>
    </message>
    <message>
        <source>Release results as watermarked, signed files with a datasheet.</source>
        <translation>نشر النتائج في ملفات موسومة بعلامة مائية وموقَّعة، مع صحيفة بيانات.</translation>
    </message>
    <message>
        <source>&amp;Verify files…</source>
        <translation>التحقق من الملفات (&amp;V)…</translation>
    </message>
    <message>
        <source>Check whether files are unchanged SynthStudio releases, and who signed them.</source>
        <translation>التحقق مما إذا كانت الملفات منشورات SynthStudio لم تتغيَّر، ومَن وقَّعها.</translation>
    </message>
    <message>
        <source>Release &amp;gate thresholds…</source>
        <translation>عتبات بوابة النشر (&amp;G)…</translation>
    </message>
    <message>
        <source>When a result passes, warns or fails the release gate; saved with the project.</source>
        <translation>متى تجتاز النتيجة بوابة النشر أو تحصل على تحذير أو تُخفق فيها؛ تُحفَظ مع المشروع.</translation>
    </message>
    <message>
        <source>&amp;Cancel all jobs</source>
        <translation>إلغاء جميع المهام (&amp;C)</translation>
    </message>
    <message>
        <source>Stop every running and waiting job.</source>
        <translation>إيقاف جميع المهام قيد التشغيل وفي الانتظار.</translation>
    </message>
    <message>
        <source>C&amp;lear finished jobs</source>
        <translation>مسح المهام المكتملة (&amp;L)</translation>
    </message>
    <message>
        <source>Remove finished jobs from the jobs panel.</source>
        <translation>إزالة المهام المكتملة من لوحة المهام.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>الإعدادات (&amp;T)…</translation>
    </message>
    <message>
        <source>Output folder, language, GPU use, organisation.</source>
        <translation>مجلد الإخراج، اللغة، استخدام GPU، المؤسسة.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>دليل المستخدم (&amp;U)</translation>
    </message>
    <message>
        <source>How to use SynthStudio, step by step.</source>
        <translation>كيفية استخدام SynthStudio خطوة بخطوة.</translation>
    </message>
    <message>
        <source>&amp;About SynthStudio</source>
        <translation>حول SynthStudio (&amp;A)</translation>
    </message>
    <message>
        <source>Version and licences.</source>
        <translation>الإصدار والتراخيص.</translation>
    </message>
    <message>
        <source>Show &amp;data</source>
        <translation>إظهار البيانات (&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;results</source>
        <translation>إظهار النتائج (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>المشاريع الأخيرة (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>تشغيل (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>أدوات (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>مشروع بلا عنوان</translation>
    </message>
    <message>
        <source>{0}[*] — SynthStudio</source>
        <translation>{0}[*] — SynthStudio</translation>
    </message>
    <message>
        <source>{0}: {1} rows × {2} columns</source>
        <translation>{0}: {1} صف × {2} عمود</translation>
    </message>
    <message>
        <source>{0} finished: {1} synthetic rows.</source>
        <translation>اكتمل {0}: عدد الصفوف الاصطناعية {1}.</translation>
    </message>
    <message>
        <source>No table</source>
        <translation>لا يوجد جدول</translation>
    </message>
    <message>
        <source>{0} running, {1} waiting</source>
        <translation>قيد التشغيل: {0}، في الانتظار: {1}</translation>
    </message>
    <message>
        <source>The sample dataset is missing from this installation.</source>
        <translation>مجموعة البيانات النموذجية غير موجودة في هذا التثبيت.</translation>
    </message>
    <message>
        <source>Reinstall SynthStudio, or import your own table.</source>
        <translation>أعد تثبيت SynthStudio، أو استورد جدولك الخاص.</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>فتح {0}</translation>
    </message>
    <message>
        <source>{0} was not opened: it looks like synthetic data.</source>
        <translation>لم يُفتح {0}: يبدو أنه بيانات اصطناعية.</translation>
    </message>
    <message>
        <source>{0} · seed {1}</source>
        <translation>{0} · البذرة {1}</translation>
    </message>
    <message>
        <source>Compare {0} with the real data</source>
        <translation>مقارنة {0} بالبيانات الحقيقية</translation>
    </message>
    <message>
        <source>Release gate changed: results judged again.</source>
        <translation>تغيَّرت بوابة النشر: أُعيد الحكم على النتائج.</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>SynthStudio projects (*{0})</source>
        <translation>مشاريع SynthStudio (*{0})</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>حفظ المشروع</translation>
    </message>
    <message>
        <source>The project&apos;s data table was not found</source>
        <translation>لم يُعثَر على جدول بيانات المشروع</translation>
    </message>
    <message>
        <source>Where is {0} now?</source>
        <translation>أين يوجد {0} الآن؟</translation>
    </message>
    <message>
        <source>Save {0}</source>
        <translation>حفظ {0}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>تم حفظ {0}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them first?</source>
        <translation>في المشروع تغييرات غير محفوظة. هل تريد حفظها أولًا؟</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(لا توجد مشاريع حديثة)</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>دليل المستخدم غير موجود في هذا التثبيت.</translation>
    </message>
    <message>
        <source>Reinstall SynthStudio.</source>
        <translation>أعد تثبيت SynthStudio.</translation>
    </message>
    <message>
        <source>SynthStudio user guide</source>
        <translation>دليل مستخدم SynthStudio</translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation>توجد مهام قيد التشغيل</translation>
    </message>
    <message>
        <source>Some jobs are still running. Cancel them and quit?</source>
        <translation>لا تزال بعض المهام قيد التشغيل. هل تريد إلغاءها والإنهاء؟</translation>
    </message>
    <message>
        <source>Saving before closing…</source>
        <translation>جارٍ الحفظ قبل الإغلاق…</translation>
    </message>
    <message>
        <source>Cancelling jobs before closing…</source>
        <translation>جارٍ إلغاء المهام قبل الإغلاق…</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>&amp;Fully synthetic</source>
        <translation>اصطناعية بالكامل (&amp;F)</translation>
    </message>
    <message>
        <source>Fully synthetic from &amp;metadata only</source>
        <translation>اصطناعية بالكامل من البيانات الوصفية فقط (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Partially synthetic</source>
        <translation>اصطناعية جزئيًا (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Hybrid — real and synthetic rows mixed</source>
        <translation>هجينة — مزيج من صفوف حقيقية واصطناعية (&amp;H)</translation>
    </message>
    <message>
        <source>Every row is generated by a model that learned the patterns of your table. No real row is copied. The usual choice.</source>
        <translation>يُولَّد كل صف بواسطة نموذج تعلَّم أنماط جدولك. لا يُنسَخ أي صف حقيقي. هذا هو الخيار المعتاد.</translation>
    </message>
    <message>
        <source>Every value is drawn only from each column&apos;s type and range. No real value, frequency or relationship is used: the safest data, but useful only for testing software, not for analysis.</source>
        <translation>تُستمَد كل قيمة من نوع العمود ونطاقه فقط. لا تُستخدَم أي قيمة أو تكرار أو علاقة من البيانات الحقيقية: إنها أكثر البيانات أمانًا، لكنها لا تفيد إلا في اختبار البرمجيات، لا في التحليل.</translation>
    </message>
    <message>
        <source>The real rows are kept, and only the columns you tick below are replaced by generated values that fit the rest of each row. The other columns stay real, so they keep the privacy risk of the real data.</source>
        <translation>يُحتفَظ بالصفوف الحقيقية، ولا تُستبدَل إلا الأعمدة التي تحددها أدناه بقيم مولَّدة تتلاءم مع بقية كل صف. أما الأعمدة الأخرى فتبقى حقيقية، لذا تحمل مخاطر الخصوصية نفسها التي تحملها البيانات الحقيقية.</translation>
    </message>
    <message>
        <source>Real rows and generated rows are mixed in the share you choose. The real rows are released unchanged (except identifiers), so they carry the full privacy risk of the real data.</source>
        <translation>تُمزَج الصفوف الحقيقية والصفوف المولَّدة بالنسبة التي تختارها. تُنشَر الصفوف الحقيقية دون تغيير (باستثناء المعرِّفات)، لذا تحمل كامل مخاطر الخصوصية التي تحملها البيانات الحقيقية.</translation>
    </message>
    <message>
        <source>What kind of synthetic data?</source>
        <translation>ما نوع البيانات الاصطناعية؟</translation>
    </message>
    <message>
        <source>Choose how much of the released table is generated. When unsure, keep “Fully synthetic”.</source>
        <translation>اختر مقدار ما يُولَّد من الجدول المنشور. إذا لم تكن متأكدًا، فأبقِ على «اصطناعية بالكامل».</translation>
    </message>
    <message>
        <source>&amp;Columns to replace (sensitive and quasi-identifying columns are ticked):</source>
        <translation>الأعمدة المراد استبدالها (الأعمدة الحساسة وأعمدة المعرِّفات شبه المباشرة محدَّدة) (&amp;C):</translation>
    </message>
    <message>
        <source>Columns to replace</source>
        <translation>الأعمدة المراد استبدالها</translation>
    </message>
    <message>
        <source>Ticked columns are generated; the others stay exactly as in the real table. Press Space to tick or untick the selected column.</source>
        <translation>تُولَّد الأعمدة المحدَّدة؛ وتبقى الأعمدة الأخرى كما هي تمامًا في الجدول الحقيقي. اضغط مفتاح المسافة لتحديد العمود المختار أو إلغاء تحديده.</translation>
    </message>
    <message>
        <source>&amp;Synthetic share of the rows:</source>
        <translation>نسبة الصفوف الاصطناعية (&amp;S):</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Synthetic share of the rows, in percent</source>
        <translation>نسبة الصفوف الاصطناعية، بالنسبة المئوية</translation>
    </message>
    <message>
        <source>How many of every hundred released rows are generated; the rest are real rows.</source>
        <translation>عدد الصفوف المولَّدة من كل مئة صف منشور؛ والباقي صفوف حقيقية.</translation>
    </message>
    <message>
        <source>&amp;Add a column saying which rows are real, named:</source>
        <translation>إضافة عمود يبيِّن الصفوف الحقيقية، باسم (&amp;A):</translation>
    </message>
    <message>
        <source>Each row gets “real” or “synthetic” in this column. Anyone with the table can then pick out the real rows.</source>
        <translation>يحمل كل صف في هذا العمود القيمة «real» (حقيقي) أو «synthetic» (اصطناعي). وعندئذٍ يستطيع أي شخص لديه الجدول تمييز الصفوف الحقيقية.</translation>
    </message>
    <message>
        <source>Name of the column saying which rows are real</source>
        <translation>اسم العمود الذي يبيِّن الصفوف الحقيقية</translation>
    </message>
    <message>
        <source>The new column&apos;s name; it must differ from the table&apos;s columns.</source>
        <translation>اسم العمود الجديد؛ ويجب أن يختلف عن أسماء أعمدة الجدول.</translation>
    </message>
</context>
<context>
    <name>ParametersPage</name>
    <message>
        <source>Rows, seed and settings</source>
        <translation>الصفوف والبذرة والإعدادات</translation>
    </message>
    <message>
        <source>The defaults are sensible. The same seed always gives the same synthetic table.</source>
        <translation>القيم الافتراضية مناسبة. البذرة نفسها تعطي دائمًا الجدول الاصطناعي نفسه.</translation>
    </message>
    <message>
        <source>as many as the training rows ({0})</source>
        <translation>بعدد صفوف التدريب ({0})</translation>
    </message>
    <message>
        <source>Number of synthetic rows</source>
        <translation>عدد الصفوف الاصطناعية</translation>
    </message>
    <message>
        <source>How many synthetic rows to generate.</source>
        <translation>عدد الصفوف الاصطناعية المراد توليدها.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>A number that makes the run repeatable: same data, settings and seed give the same result.</source>
        <translation>رقم يجعل التشغيل قابلًا للتكرار: البيانات والإعدادات والبذرة نفسها تعطي النتيجة نفسها.</translation>
    </message>
    <message>
        <source>&amp;Rows to generate:</source>
        <translation>الصفوف المراد توليدها (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>البذرة (&amp;S):</translation>
    </message>
    <message>
        <source>Show &amp;advanced settings</source>
        <translation>إظهار الإعدادات المتقدمة (&amp;A)</translation>
    </message>
    <message>
        <source>Each generator&apos;s own settings, preset by your choice.</source>
        <translation>إعدادات كل مولِّد، مضبوطة مسبقًا وفق اختيارك.</translation>
    </message>
    <message>
        <source>Hide &amp;advanced settings</source>
        <translation>إخفاء الإعدادات المتقدمة (&amp;A)</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>This generator has no settings.</source>
        <translation>لا توجد إعدادات لهذا المولِّد.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the preview</source>
        <translation>تحقَّق من المعاينة</translation>
    </message>
    <message>
        <source>If the columns look wrong, change how the file is read.</source>
        <translation>إذا بدت الأعمدة غير صحيحة، فغيِّر طريقة قراءة الملف.</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>ترميز النص</translation>
    </message>
    <message>
        <source>How letters are stored in the file. Change it if accents look wrong.</source>
        <translation>طريقة تخزين الأحرف في الملف. غيِّره إذا ظهرت بعض الأحرف مشوَّهة.</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>فاصل الأعمدة</translation>
    </message>
    <message>
        <source>The character between columns. Change it if everything is in one column.</source>
        <translation>الحرف الفاصل بين الأعمدة. غيِّره إذا ظهر كل شيء في عمود واحد.</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>العلامة العشرية</translation>
    </message>
    <message>
        <source>The character before decimals in numbers.</source>
        <translation>الحرف الذي يسبق الخانات العشرية في الأرقام.</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>إعادة القراءة (&amp;R)</translation>
    </message>
    <message>
        <source>Read the file again with these options.</source>
        <translation>إعادة قراءة الملف بهذه الخيارات.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>الترميز (&amp;E):</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>الفاصل (&amp;P):</translation>
    </message>
    <message>
        <source>Deci&amp;mal mark:</source>
        <translation>العلامة العشرية (&amp;M):</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>قراءة الملف</translation>
    </message>
    <message>
        <source>Preview of the table</source>
        <translation>معاينة الجدول</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <source>Read {0}</source>
        <translation>قراءة {0}</translation>
    </message>
    <message>
        <source>{0} rows × {1} columns read from {2}.</source>
        <translation>قُرئ {0} صف × {1} عمود من {2}.</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <source>Problem with these settings</source>
        <translation>مشكلة في هذه الإعدادات</translation>
    </message>
</context>
<context>
    <name>ProvenanceTasks</name>
    <message>
        <source>{0} could not be checked: {1}</source>
        <translation>تعذَّر فحص {0}: {1}</translation>
    </message>
    <message>
        <source>Check that the file is complete and not open in another program.</source>
        <translation>تأكَّد من أن الملف كامل وغير مفتوح في برنامج آخر.</translation>
    </message>
    <message>
        <source>Checking {0}</source>
        <translation>جارٍ فحص {0}</translation>
    </message>
    <message>
        <source>Checked {0} item(s)</source>
        <translation>عدد العناصر التي فُحصت: {0}</translation>
    </message>
</context>
<context>
    <name>ReleaseRunPage</name>
    <message>
        <source>Release progress</source>
        <translation>تقدُّم النشر</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>إيقاف (&amp;S)</translation>
    </message>
    <message>
        <source>Stop the release. A release is written completely or not at all.</source>
        <translation>إيقاف النشر. يُكتَب النشر كاملًا أو لا يُكتَب على الإطلاق.</translation>
    </message>
    <message>
        <source>New signing certificate</source>
        <translation>شهادة توقيع جديدة</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>الملفات المكتوبة</translation>
    </message>
    <message>
        <source>Every file of the release, as listed in its signed manifest.</source>
        <translation>جميع ملفات النشر، كما هي مُدرَجة في ملف البيان الموقَّع.</translation>
    </message>
    <message>
        <source>&amp;Files written:</source>
        <translation>الملفات المكتوبة (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>فتح المجلد (&amp;O)</translation>
    </message>
    <message>
        <source>Show the released files in the file manager.</source>
        <translation>إظهار الملفات المنشورة في مدير الملفات.</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>التحقق الآن (&amp;V)</translation>
    </message>
    <message>
        <source>Check the released files as a recipient would: fingerprints, signatures and watermark.</source>
        <translation>فحص الملفات المنشورة كما سيفحصها المستلم: البصمات والتوقيعات والعلامة المائية.</translation>
    </message>
    <message>
        <source>Release into &amp;another folder…</source>
        <translation>النشر في مجلد آخر (&amp;A)…</translation>
    </message>
    <message>
        <source>Choose a folder that does not yet hold this release.</source>
        <translation>اختر مجلدًا لا يحتوي بعدُ على هذا النشر.</translation>
    </message>
    <message>
        <source>Releasing</source>
        <translation>جارٍ النشر</translation>
    </message>
    <message>
        <source>Marking the values, writing the files, signing the datasheet and the manifest.</source>
        <translation>جارٍ وسم القيم، وكتابة الملفات، وتوقيع صحيفة البيانات وملف البيان.</translation>
    </message>
    <message>
        <source>Release {0}</source>
        <translation>نشر {0}</translation>
    </message>
    <message>
        <source>Releasing {0}…</source>
        <translation>جارٍ نشر {0}…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <source>Replace existing files?</source>
        <translation>هل تريد استبدال الملفات الموجودة؟</translation>
    </message>
    <message>
        <source>{0}

Replace them with this release? The files now there will be lost.</source>
        <translation>{0}

هل تريد استبدالها بهذا النشر؟ ستُفقَد الملفات الموجودة حاليًا.</translation>
    </message>
    <message>
        <source>Nothing was written for {0}: the folder already holds files of this release, and they were kept. Choose another folder, or press Finish.</source>
        <translation>لم يُكتَب شيء لـ {0}: فالمجلد يحتوي بالفعل على ملفات من هذا النشر، وقد أُبقي عليها. اختر مجلدًا آخر، أو اضغط «إنهاء».</translation>
    </message>
    <message>
        <source>The release of {0} did not complete; nothing of it was written.</source>
        <translation>لم يكتمل نشر {0}؛ ولم يُكتَب أي شيء منه.</translation>
    </message>
    <message>
        <source>Stopped. Nothing of {0} was written.</source>
        <translation>تم الإيقاف. لم يُكتَب أي شيء من {0}.</translation>
    </message>
    <message>
        <source>Choose another folder to release into</source>
        <translation>اختر مجلدًا آخر للنشر فيه</translation>
    </message>
    <message>
        <source>Release finished</source>
        <translation>اكتمل النشر</translation>
    </message>
    <message>
        <source>Give recipients the whole folder: the data, its descriptions, the signed datasheet and the signed manifest.</source>
        <translation>سلِّم المستلمين المجلد كاملًا: البيانات وأوصافها وصحيفة البيانات الموقَّعة وملف البيان الموقَّع.</translation>
    </message>
    <message>
        <source>Release stopped</source>
        <translation>توقف النشر</translation>
    </message>
    <message>
        <source>A release is written completely or not at all; no existing file was replaced.</source>
        <translation>يُكتَب النشر كاملًا أو لا يُكتَب على الإطلاق؛ ولم يُستبدَل أي ملف موجود.</translation>
    </message>
    <message>
        <source>Released {0} dataset(s). Every file is listed in a signed manifest.</source>
        <translation>عدد مجموعات البيانات المنشورة: {0}. كل ملف مُدرَج في ملف بيان موقَّع.</translation>
    </message>
    <message>
        <source>SynthStudio created a signing certificate for {0} on this computer; its fingerprint is {1}. Publish this fingerprint (for example on your website) so that recipients can check that your datasheets really come from you.</source>
        <translation>أنشأ SynthStudio شهادة توقيع لـ {0} على هذا الحاسوب؛ وبصمتها هي {1}. انشر هذه البصمة (على موقعك الإلكتروني مثلًا) ليتمكن المستلمون من التحقق من أن صحف البيانات صادرة عنك فعلًا.</translation>
    </message>
    <message>
        <source>Dataset {0} in {1}</source>
        <translation>مجموعة البيانات {0} في {1}</translation>
    </message>
    <message>
        <source>synthetic data ({0})</source>
        <translation>بيانات اصطناعية ({0})</translation>
    </message>
    <message>
        <source>description of the data file (JSON-LD)</source>
        <translation>وصف ملف البيانات (JSON-LD)</translation>
    </message>
    <message>
        <source>datasheet, signed (PDF)</source>
        <translation>صحيفة البيانات، موقَّعة (PDF)</translation>
    </message>
    <message>
        <source>list of every file with its fingerprint (manifest)</source>
        <translation>قائمة بكل ملف مع بصمته (ملف البيان)</translation>
    </message>
    <message>
        <source>signature of the manifest</source>
        <translation>توقيع ملف البيان</translation>
    </message>
</context>
<context>
    <name>ReleaseWizard</name>
    <message>
        <source>passed</source>
        <translation>اجتاز</translation>
    </message>
    <message>
        <source>passed with warnings</source>
        <translation>اجتاز مع تحذيرات</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>لم يجتز</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <source>{0} — {1} rows — release gate: {2}</source>
        <translation>{0} — {1} صف — بوابة النشر: {2}</translation>
    </message>
    <message>
        <source>Release synthetic data</source>
        <translation>نشر البيانات الاصطناعية</translation>
    </message>
    <message>
        <source> (each release adds its result&apos;s name)</source>
        <translation> (يُضيف كل نشر اسم نتيجته)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>المسوِّغ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>التنسيقات</translation>
    </message>
    <message>
        <source>Data files</source>
        <translation>ملفات البيانات</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Intended uses</source>
        <translation>الاستخدامات المقصودة</translation>
    </message>
    <message>
        <source>Prohibited uses</source>
        <translation>الاستخدامات المحظورة</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Choose what to release</source>
        <translation>اختر ما تريد نشره</translation>
    </message>
    <message>
        <source>Each chosen result becomes one release: its data files with their descriptions, a signed datasheet and a signed list of the files (manifest).</source>
        <translation>تصبح كل نتيجة مختارة نشرًا مستقلًا: ملفات بياناتها مع أوصافها، وصحيفة بيانات موقَّعة، وقائمة موقَّعة بالملفات (ملف البيان).</translation>
    </message>
    <message>
        <source>Results that can be released</source>
        <translation>النتائج القابلة للنشر</translation>
    </message>
    <message>
        <source>Tick each result to release. The light shows its release-gate result.</source>
        <translation>حدِّد كل نتيجة تريد نشرها. يبيِّن المؤشر الضوئي نتيجة بوابة النشر الخاصة بها.</translation>
    </message>
    <message>
        <source>&amp;Results (Space ticks or unticks the selected one):</source>
        <translation>النتائج (يحدِّد مفتاح المسافة النتيجة المختارة أو يلغي تحديدها) (&amp;R):</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Each finished run. Pick one to compare it with the real table.</source>
        <translation>كل تشغيل مكتمل. اختر واحدًا لمقارنته بالجدول الحقيقي.</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>النتائج (&amp;R)</translation>
    </message>
    <message>
        <source>Real data</source>
        <translation>البيانات الحقيقية</translation>
    </message>
    <message>
        <source>Synthetic data</source>
        <translation>البيانات الاصطناعية</translation>
    </message>
    <message>
        <source>Column to compare</source>
        <translation>العمود المراد مقارنته</translation>
    </message>
    <message>
        <source>The column whose real and synthetic distributions are drawn.</source>
        <translation>العمود الذي تُرسَم توزيعات قيمه الحقيقية والاصطناعية.</translation>
    </message>
    <message>
        <source>Distribution of real and synthetic values</source>
        <translation>توزيع القيم الحقيقية والاصطناعية</translation>
    </message>
    <message>
        <source>Compare &amp;column:</source>
        <translation>مقارنة العمود (&amp;C):</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>طرق عرض النتائج</translation>
    </message>
    <message>
        <source>&amp;Selected result</source>
        <translation>النتيجة المختارة (&amp;S)</translation>
    </message>
    <message>
        <source>Co&amp;mpare results</source>
        <translation>مقارنة النتائج (&amp;M)</translation>
    </message>
    <message>
        <source>All measured results side by side: scores and charts.</source>
        <translation>جميع النتائج المقيسة جنبًا إلى جنب: الدرجات والرسوم البيانية.</translation>
    </message>
    <message>
        <source>F&amp;airness</source>
        <translation>الإنصاف (&amp;A)</translation>
    </message>
    <message>
        <source>The selected result&apos;s fairness target: whether the released data reaches it, before/after charts and the bias that remains.</source>
        <translation>هدف الإنصاف للنتيجة المختارة: هل تبلغه البيانات المنشورة، والرسوم البيانية قبل التصحيح وبعده، والتحيُّز المتبقي.</translation>
    </message>
    <message>
        <source>No results yet.
Import a table, then choose Run ▸ Synthesize (Ctrl+R).</source>
        <translation>لا توجد نتائج بعد.
استورد جدولًا، ثم اختر تشغيل ▸ توليد بيانات اصطناعية (Ctrl+R).</translation>
    </message>
    <message>
        <source>{0:,} synthetic rows</source>
        <translation>{0:,} صف اصطناعي</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Seed: {0}</source>
        <translation>البذرة: {0}</translation>
    </message>
    <message>
        <source>Rows: {0:,}</source>
        <translation>الصفوف: {0:,}</translation>
    </message>
    <message>
        <source>Device: {0}</source>
        <translation>جهاز الحوسبة: {0}</translation>
    </message>
    <message>
        <source>Time: {0}</source>
        <translation>المدة: {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not saved yet: save the project to keep it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;لم تُحفَظ بعد: احفظ المشروع للاحتفاظ بها.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Comparing the synthetic data with the real data…</source>
        <translation>جارٍ مقارنة البيانات الاصطناعية بالبيانات الحقيقية…</translation>
    </message>
</context>
<context>
    <name>SchemaPage</name>
    <message>
        <source>Double-click a value in the second column (or select it and press F2) to change it. Hover over a column&apos;s name to see why it was detected this way.</source>
        <translation>انقر نقرًا مزدوجًا على قيمة في العمود الثاني (أو حدِّدها واضغط F2) لتغييرها. مرِّر المؤشر فوق اسم عمود لمعرفة سبب اكتشافه على هذا النحو.</translation>
    </message>
</context>
<context>
    <name>ScoreTableWidget</name>
    <message>
        <source>Scores of each generator</source>
        <translation>درجات كل مولِّد</translation>
    </message>
    <message>
        <source>Release gate (overall)</source>
        <translation>بوابة النشر (الحكم العام)</translation>
    </message>
    <message>
        <source> (advisory)</source>
        <translation> (استرشادي)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>مجلد الإخراج</translation>
    </message>
    <message>
        <source>Where synthetic tables and reports are saved by default.</source>
        <translation>المكان الذي تُحفَظ فيه الجداول الاصطناعية والتقارير افتراضيًا.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض (&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the output folder.</source>
        <translation>اختر مجلد الإخراج.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language of the application. Takes effect when you restart it.</source>
        <translation>لغة التطبيق. يسري التغيير عند إعادة تشغيله.</translation>
    </message>
    <message>
        <source>Use the graphics card (GPU) when there is one</source>
        <translation>استخدام بطاقة الرسومات (GPU) عند توفرها</translation>
    </message>
    <message>
        <source>Neural generators learn much faster on an NVIDIA graphics card. Turn this off to always use the processor.</source>
        <translation>تتعلَّم المولِّدات العصبية أسرع بكثير على بطاقة رسومات NVIDIA. أوقف هذا الخيار لاستخدام المعالج دائمًا.</translation>
    </message>
    <message>
        <source>Generators run at the same time</source>
        <translation>عدد المولِّدات العاملة في آنٍ واحد</translation>
    </message>
    <message>
        <source>How many generators may learn at the same time. 1 is best on an ordinary computer; the others wait in a queue.</source>
        <translation>عدد المولِّدات التي يمكنها التعلُّم في الوقت نفسه. القيمة ١ هي الأفضل على حاسوب عادي؛ وتنتظر المولِّدات الأخرى في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>اسم المؤسسة</translation>
    </message>
    <message>
        <source>e.g. National Statistics Office</source>
        <translation>مثال: المكتب الوطني للإحصاء</translation>
    </message>
    <message>
        <source>Printed on datasheets and used for the signing certificate.</source>
        <translation>يُطبَع على صحف البيانات ويُستخدَم لشهادة التوقيع.</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>مجلد الإخراج (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>المؤسسة (&amp;R):</translation>
    </message>
    <message>
        <source>Computing:</source>
        <translation>الحوسبة:</translation>
    </message>
    <message>
        <source>&amp;Generators at once:</source>
        <translation>المولِّدات في آنٍ واحد (&amp;G):</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>اختر مجلد الإخراج</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Loading the synthesis libraries… {0} %</source>
        <translation>جارٍ تحميل مكتبات توليد البيانات الاصطناعية… {0} %</translation>
    </message>
    <message>
        <source>Opening the main window…</source>
        <translation>جارٍ فتح النافذة الرئيسية…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check and release</source>
        <translation>المراجعة والنشر</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Press Release to write the files.</source>
        <translation>لم يُكتَب أي شيء بعد. اضغط «نشر» لكتابة الملفات.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>نشر (&amp;R)</translation>
    </message>
    <message>
        <source>Summary of the release</source>
        <translation>ملخص النشر</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>شهادة التوقيع</translation>
    </message>
    <message>
        <source>Use my organisation&apos;s &amp;certificate (.p12)…</source>
        <translation>استخدام شهادة مؤسستي (.p12) (&amp;C)…</translation>
    </message>
    <message>
        <source>Sign with a certificate your organisation issued (a PKCS#12 file with its private key) instead of one SynthStudio creates.</source>
        <translation>التوقيع بشهادة أصدرتها مؤسستك (ملف PKCS#12 مع مفتاحه الخاص) بدلًا من شهادة ينشئها SynthStudio.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature:&lt;/b&gt; SynthStudio will create a signing certificate for {0} on this computer when you release (only the first time).</source>
        <translation>&lt;b&gt;التوقيع:&lt;/b&gt; سينشئ SynthStudio شهادة توقيع لـ {0} على هذا الحاسوب عند النشر (في المرة الأولى فقط).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature:&lt;/b&gt; your organisation&apos;s certificate ({0}), fingerprint {1}.</source>
        <translation>&lt;b&gt;التوقيع:&lt;/b&gt; شهادة مؤسستك ({0})، وبصمتها {1}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature:&lt;/b&gt; the certificate SynthStudio created for {0} on this computer, fingerprint {1}.</source>
        <translation>&lt;b&gt;التوقيع:&lt;/b&gt; الشهادة التي أنشأها SynthStudio لـ {0} على هذا الحاسوب، وبصمتها {1}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature:&lt;/b&gt; the organisation&apos;s name changed, so SynthStudio will create a new signing certificate for {0} (the one for {1} is kept aside).</source>
        <translation>&lt;b&gt;التوقيع:&lt;/b&gt; تغيَّر اسم المؤسسة، لذا سينشئ SynthStudio شهادة توقيع جديدة لـ {0} (وتُحفَظ الشهادة الخاصة بـ {1} جانبًا).</translation>
    </message>
    <message>
        <source>Choose your organisation&apos;s certificate</source>
        <translation>اختر شهادة مؤسستك</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>شهادات PKCS#12 (*.p12 *.pfx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>كلمة مرور الشهادة</translation>
    </message>
    <message>
        <source>Password of {0}:</source>
        <translation>كلمة مرور {0}:</translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>جاهز للبدء</translation>
    </message>
    <message>
        <source>The generators run one after the other in the background. You can keep working and cancel at any time.</source>
        <translation>تعمل المولِّدات واحدًا تلو الآخر في الخلفية. يمكنك مواصلة العمل والإلغاء في أي وقت.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Kind of data:&lt;/b&gt; {0}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;نوع البيانات:&lt;/b&gt; {0}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none — the synthetic data keeps the patterns of the real table, including its biases</source>
        <translation>بلا هدف — تحافظ البيانات الاصطناعية على أنماط الجدول الحقيقي، بما في ذلك تحيُّزاته</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fairness target:&lt;/b&gt; {0}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;هدف الإنصاف:&lt;/b&gt; {0}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;{0}&lt;/b&gt;, seed {1}, {2} rows&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;{0}&lt;/b&gt;، البذرة {1}، الصفوف: {2}&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;{0}&lt;/b&gt;, seed {1}, as many rows as the training rows ({2})&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;{0}&lt;/b&gt;، البذرة {1}، عدد صفوف مساوٍ لصفوف التدريب ({2})&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;These runs will be queued:&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;ستُضاف عمليات التشغيل هذه إلى قائمة الانتظار:&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>SynthesisWizard</name>
    <message>
        <source>Fast</source>
        <translation>سريع</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>متوازن</translation>
    </message>
    <message>
        <source>Best quality</source>
        <translation>أفضل جودة</translation>
    </message>
    <message>
        <source>Synthesize</source>
        <translation>توليد بيانات اصطناعية</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>بدء (&amp;S)</translation>
    </message>
    <message>
        <source>{0}, replacing the columns {1}</source>
        <translation>{0}، مع استبدال الأعمدة {1}</translation>
    </message>
    <message>
        <source>{0}, {1} of the rows synthetic</source>
        <translation>{0}، {1} من الصفوف اصطناعية</translation>
    </message>
    <message>
        <source>, with a column “{0}” saying which rows are real</source>
        <translation>، مع عمود «{0}» يبيِّن الصفوف الحقيقية</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Detecting column types</source>
        <translation>جارٍ اكتشاف أنواع الأعمدة</translation>
    </message>
    <message>
        <source>Drawing column previews</source>
        <translation>جارٍ رسم معاينات الأعمدة</translation>
    </message>
    <message>
        <source>Table ready</source>
        <translation>الجدول جاهز</translation>
    </message>
    <message>
        <source>Checking the data table</source>
        <translation>جارٍ فحص جدول البيانات</translation>
    </message>
    <message>
        <source>Reading results</source>
        <translation>جارٍ قراءة النتائج</translation>
    </message>
    <message>
        <source>Project open</source>
        <translation>تم فتح المشروع</translation>
    </message>
    <message>
        <source>Saving the project</source>
        <translation>جارٍ حفظ المشروع</translation>
    </message>
    <message>
        <source>The project could not be saved.</source>
        <translation>تعذَّر حفظ المشروع.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>اختر مجلدًا لديك صلاحية الكتابة فيه.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify files</source>
        <translation>التحقق من الملفات</translation>
    </message>
    <message>
        <source>Check whether files are SynthStudio synthetic data, unchanged since release, and who signed them. Choose data files, signed PDF datasheets, a release manifest or a whole release folder, or drop them here. Nothing is changed.</source>
        <translation>التحقق مما إذا كانت الملفات بيانات اصطناعية من SynthStudio لم تتغيَّر منذ نشرها، ومَن وقَّعها. اختر ملفات بيانات، أو صحف بيانات PDF موقَّعة، أو ملف بيان نشر، أو مجلد نشر كاملًا، أو أفلتها هنا. لن يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>Check &amp;files…</source>
        <translation>فحص ملفات (&amp;F)…</translation>
    </message>
    <message>
        <source>Choose one or more data files, PDFs or a manifest.json.</source>
        <translation>اختر ملف بيانات واحدًا أو أكثر، أو ملفات PDF، أو ملف manifest.json.</translation>
    </message>
    <message>
        <source>Check a f&amp;older…</source>
        <translation>فحص مجلد (&amp;O)…</translation>
    </message>
    <message>
        <source>Choose a release folder (with its manifest.json) or a folder of files.</source>
        <translation>اختر مجلد نشر (مع ملف manifest.json الخاص به) أو مجلدًا من الملفات.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>إيقاف (&amp;S)</translation>
    </message>
    <message>
        <source>Stop checking; the results so far are discarded.</source>
        <translation>إيقاف الفحص؛ وستُهمَل النتائج التي ظهرت حتى الآن.</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>تقدُّم الفحص</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Results, one line per file</source>
        <translation>النتائج، سطر واحد لكل ملف</translation>
    </message>
    <message>
        <source>Select a line to see its details below.</source>
        <translation>حدِّد سطرًا لعرض تفاصيله أدناه.</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>تفاصيل الملف المحدَّد</translation>
    </message>
    <message>
        <source>Select and copy any part, or use Copy report for everything.</source>
        <translation>حدِّد أي جزء وانسخه، أو استخدم «نسخ التقرير» لنسخ كل شيء.</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>التفاصيل (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>نسخ التقرير (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the verdicts and details of every file to the clipboard.</source>
        <translation>نسخ الأحكام والتفاصيل لجميع الملفات إلى الحافظة.</translation>
    </message>
    <message>
        <source>Choose files to check</source>
        <translation>اختر الملفات المراد فحصها</translation>
    </message>
    <message>
        <source>Data, datasheets and manifests (*.csv *.xlsx *.xlsm *.parquet *.pdf *.json *.p7s *.tsv *.txt *.dta *.sav);;All files (*)</source>
        <translation>البيانات وصحف البيانات وملفات البيان (*.csv *.xlsx *.xlsm *.parquet *.pdf *.json *.p7s *.tsv *.txt *.dta *.sav);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Choose a release folder</source>
        <translation>اختر مجلد نشر</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>جارٍ فحص {0}…</translation>
    </message>
    <message>
        <source>Verify {0}</source>
        <translation>التحقق من {0}</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>عناصر عددها {0}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <source>Stopped. Choose files again to check them.</source>
        <translation>تم الإيقاف. اختر الملفات مجددًا لفحصها.</translation>
    </message>
    <message>
        <source>There was nothing to check: no data files, PDFs or manifests were found.</source>
        <translation>لم يكن هناك ما يُفحَص: لم يُعثَر على ملفات بيانات أو ملفات PDF أو ملفات بيان.</translation>
    </message>
    <message>
        <source>Checked {0} item(s). Select a line to see its details.</source>
        <translation>عدد العناصر التي فُحصت: {0}. حدِّد سطرًا لعرض تفاصيله.</translation>
    </message>
</context>
<context>
    <name>VerifyReport</name>
    <message>
        <source>CHANGED since release</source>
        <translation>تغيَّر منذ النشر</translation>
    </message>
    <message>
        <source>Manifest signature BROKEN</source>
        <translation>توقيع ملف البيان غير سليم</translation>
    </message>
    <message>
        <source>Synthetic data, not listed in a manifest</source>
        <translation>بيانات اصطناعية غير مُدرَجة في أي ملف بيان</translation>
    </message>
    <message>
        <source>Watermark found, no description</source>
        <translation>عُثر على علامة مائية، دون وصف</translation>
    </message>
    <message>
        <source>No sign of SynthStudio data</source>
        <translation>لا أثر لبيانات SynthStudio</translation>
    </message>
    <message>
        <source>found</source>
        <translation>موجودة</translation>
    </message>
    <message>
        <source>weak signs (possibly a small synthetic part)</source>
        <translation>مؤشرات ضعيفة (قد يكون جزء صغير منها اصطناعيًا)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>غير موجودة</translation>
    </message>
    <message>
        <source>too few suitable numbers to test</source>
        <translation>الأرقام المناسبة أقل من أن تكفي للاختبار</translation>
    </message>
    <message>
        <source>Unchanged since release</source>
        <translation>لم يتغيَّر منذ النشر</translation>
    </message>
    <message>
        <source>Unchanged, but the manifest is not signed</source>
        <translation>لم يتغيَّر، لكن ملف البيان غير موقَّع</translation>
    </message>
    <message>
        <source>Data file ({0})</source>
        <translation>ملف بيانات ({0})</translation>
    </message>
    <message>
        <source>table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>الملف: {0}</translation>
    </message>
    <message>
        <source>Kind: {0}</source>
        <translation>النوع: {0}</translation>
    </message>
    <message>
        <source>Verdict: {0}</source>
        <translation>الحكم: {0}</translation>
    </message>
    <message>
        <source>Metadata found: {0}</source>
        <translation>البيانات الوصفية التي عُثر عليها: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>ملاحظة: {0}</translation>
    </message>
    <message>
        <source>Release manifest: none lists this file, so changes cannot be detected</source>
        <translation>ملف بيان النشر: لا يوجد ملف بيان يُدرج هذا الملف، لذا لا يمكن اكتشاف التغييرات</translation>
    </message>
    <message>
        <source>Release manifest: the file&apos;s fingerprint matches {0}</source>
        <translation>ملف بيان النشر: بصمة الملف مطابقة لما في {0}</translation>
    </message>
    <message>
        <source>Release manifest: the file&apos;s fingerprint DIFFERS from {0}</source>
        <translation>ملف بيان النشر: بصمة الملف مختلفة عمّا في {0}</translation>
    </message>
    <message>
        <source>  Changed columns: {0}</source>
        <translation>  الأعمدة المتغيِّرة: {0}</translation>
    </message>
    <message>
        <source>  Removed columns: {0}</source>
        <translation>  الأعمدة المحذوفة: {0}</translation>
    </message>
    <message>
        <source>Manifest signature: {0}</source>
        <translation>توقيع ملف البيان: {0}</translation>
    </message>
    <message>
        <source>  Signer: {0}</source>
        <translation>  الموقِّع: {0}</translation>
    </message>
    <message>
        <source>  Certificate fingerprint (SHA-256): {0}</source>
        <translation>  بصمة الشهادة (SHA-256): {0}</translation>
    </message>
    <message>
        <source>Watermark: not checked (the values could not be read)</source>
        <translation>العلامة المائية: لم تُفحص (تعذَّرت قراءة القيم)</translation>
    </message>
    <message>
        <source>Watermark: {0}</source>
        <translation>العلامة المائية: {0}</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>المفتاح العام</translation>
    </message>
    <message>
        <source>Organisation key</source>
        <translation>مفتاح المؤسسة</translation>
    </message>
    <message>
        <source>  Dataset ID: {0} (read from the numbers)</source>
        <translation>  معرِّف مجموعة البيانات: {0} (مقروء من الأرقام)</translation>
    </message>
    <message>
        <source>  Dataset ID: {0} (from the descriptions only)</source>
        <translation>  معرِّف مجموعة البيانات: {0} (من ملفات الوصف فقط)</translation>
    </message>
    <message>
        <source>  Dataset ID: not found</source>
        <translation>  معرِّف مجموعة البيانات: غير موجود</translation>
    </message>
    <message>
        <source>  Estimated synthetic share: {0}</source>
        <translation>  نسبة البيانات الاصطناعية المقدَّرة: {0}</translation>
    </message>
    <message>
        <source>  Rows: {0} (released: {1})</source>
        <translation>  الصفوف: {0} (عند النشر: {1})</translation>
    </message>
    <message>
        <source>  {0}: z = {1} from {2} distinct numbers (4 or more means watermarked)</source>
        <translation>  {0}: z = {1} محسوبة من {2} من الأرقام المختلفة (القيمة ٤ فأكثر تعني وجود العلامة المائية)</translation>
    </message>
    <message>
        <source>  Dataset ID: {0} (confirmed by the numbers, z = {1})</source>
        <translation>  معرِّف مجموعة البيانات: {0} (أكَّدته الأرقام، z = {1})</translation>
    </message>
    <message>
        <source>about {0}</source>
        <translation>نحو {0}</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>غير مُقاسة</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>غير موقَّع</translation>
    </message>
    <message>
        <source>Signature intact, trusted certificate</source>
        <translation>التوقيع سليم، والشهادة موثوقة</translation>
    </message>
    <message>
        <source>Signature intact</source>
        <translation>التوقيع سليم</translation>
    </message>
    <message>
        <source>Damaged or not a PDF</source>
        <translation>تالف أو ليس ملف PDF</translation>
    </message>
    <message>
        <source>Signature BROKEN</source>
        <translation>التوقيع غير سليم</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>Release manifest: the file&apos;s fingerprint matches</source>
        <translation>ملف بيان النشر: بصمة الملف مطابقة</translation>
    </message>
    <message>
        <source>Release manifest: the file&apos;s fingerprint DIFFERS</source>
        <translation>ملف بيان النشر: بصمة الملف مختلفة</translation>
    </message>
    <message>
        <source>Signature: {0}</source>
        <translation>التوقيع: {0}</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>غير سليم</translation>
    </message>
    <message>
        <source>Signed by: {0}</source>
        <translation>وقَّعه: {0}</translation>
    </message>
    <message>
        <source>Certificate: {0}</source>
        <translation>الشهادة: {0}</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {0}</source>
        <translation>بصمة الشهادة (SHA-256): {0}</translation>
    </message>
    <message>
        <source>Certificate trust: {0}</source>
        <translation>الثقة في الشهادة: {0}</translation>
    </message>
    <message>
        <source>one you trust</source>
        <translation>شهادة تثق بها</translation>
    </message>
    <message>
        <source>self-signed: compare the fingerprint with the one the organisation published</source>
        <translation>موقَّعة ذاتيًا: قارن البصمة بالبصمة التي نشرتها المؤسسة</translation>
    </message>
    <message>
        <source>not among the certificates you trust</source>
        <translation>ليست من الشهادات التي تثق بها</translation>
    </message>
    <message>
        <source>Signed at: {0}</source>
        <translation>وقت التوقيع: {0}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>Covers the whole file: {0}</source>
        <translation>يشمل الملف بأكمله: {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Attached files: {0}</source>
        <translation>الملفات المرفقة: {0}</translation>
    </message>
    <message>
        <source>NOT as released</source>
        <translation>ليست كما نُشرت</translation>
    </message>
    <message>
        <source>All files as released</source>
        <translation>جميع الملفات كما نُشرت</translation>
    </message>
    <message>
        <source>Files match, but the manifest is not signed</source>
        <translation>الملفات مطابقة، لكن ملف البيان غير موقَّع</translation>
    </message>
    <message>
        <source>Release folder</source>
        <translation>مجلد النشر</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>المجلد: {0}</translation>
    </message>
    <message>
        <source>Dataset ID: {0}</source>
        <translation>معرِّف مجموعة البيانات: {0}</translation>
    </message>
    <message>
        <source>Missing files: {0}</source>
        <translation>الملفات المفقودة: {0}</translation>
    </message>
    <message>
        <source>Files not part of the release: {0}</source>
        <translation>ملفات ليست جزءًا من النشر: {0}</translation>
    </message>
    <message>
        <source>Datasheet (signed PDF)</source>
        <translation>صحيفة البيانات (PDF موقَّع)</translation>
    </message>
    <message>
        <source>Listed in the manifest</source>
        <translation>مُدرَج في ملف البيان</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Verdict: the manifest lists this file, but it is not in the folder.</source>
        <translation>الحكم: ملف البيان يُدرج هذا الملف، لكنه غير موجود في المجلد.</translation>
    </message>
    <message>
        <source>Description (JSON-LD)</source>
        <translation>الوصف (JSON-LD)</translation>
    </message>
    <message>
        <source>Release file</source>
        <translation>ملف نشر</translation>
    </message>
    <message>
        <source>Problem: {0}</source>
        <translation>المشكلة: {0}</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>ما يجب فعله: {0}</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>تعذَّر الفحص</translation>
    </message>
</context>
</TS>
