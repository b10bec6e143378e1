<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SynthStudio</source>
        <translation>Acerca de SynthStudio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SynthStudio {0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SynthStudio {0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Turns a sensitive table into a documented, watermarked, signed synthetic dataset. Works offline: your data never leaves this computer.</source>
        <translation>Convierte una tabla sensible en un conjunto de datos sintéticos documentado, con marca de agua y firmado. Funciona sin conexión: sus datos nunca salen de este equipo.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>Apache License 2.0</translation>
    </message>
    <message>
        <source>Business Source License 1.1 — free to use, including in production, except to offer a commercial synthetic-data service built on it; see the SDV licence for details</source>
        <translation>Business Source License 1.1: uso gratuito, también en producción, salvo para ofrecer un servicio comercial de datos sintéticos basado en él; consulte la licencia de SDV para más detalles</translation>
    </message>
    <message>
        <source>Business Source License 1.1</source>
        <translation>Business Source License 1.1</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>Licencia MIT</translation>
    </message>
    <message>
        <source>BSD-style licence</source>
        <translation>Licencia de tipo BSD</translation>
    </message>
    <message>
        <source>BSD-style licences</source>
        <translation>Licencias de tipo BSD</translation>
    </message>
    <message>
        <source>GNU LGPL version 3 (or GPL 2/3)</source>
        <translation>GNU LGPL versión 3 (o GPL 2/3)</translation>
    </message>
    <message>
        <source>BSD, MIT and Apache-2.0/BSD</source>
        <translation>BSD, MIT y Apache-2.0/BSD</translation>
    </message>
    <message>
        <source>Sample data: UCI Adult (Census Income)</source>
        <translation>Datos de ejemplo: UCI Adult (Census Income)</translation>
    </message>
    <message>
        <source>CC BY 4.0 — Becker &amp; Kohavi, UCI Machine Learning Repository</source>
        <translation>CC BY 4.0 — Becker &amp; Kohavi, UCI Machine Learning Repository</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Component&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Version&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Licence&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Componente&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Versión&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Licencia&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>The chart could not be drawn: {0}</source>
        <translation>No se pudo dibujar el gráfico: {0}</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Sa&amp;ve chart…</source>
        <translation>&amp;Guardar gráfico…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture or an SVG drawing.</source>
        <translation>Guardar este gráfico como imagen PNG o como dibujo SVG.</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Guardar gráfico…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translation>No se pudo guardar el gráfico.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Elija una carpeta en la que pueda escribir.</translation>
    </message>
</context>
<context>
    <name>ColumnPanel</name>
    <message>
        <source>Columns of the table</source>
        <translation>Columnas de la tabla</translation>
    </message>
    <message>
        <source>Double-click a type or role to change it (or select it and press F2).</source>
        <translation>Haga doble clic en un tipo o rol para cambiarlo (o selecciónelo y pulse F2).</translation>
    </message>
</context>
<context>
    <name>ColumnSummaryModel</name>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltantes</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Distintos</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>The column&apos;s name in the file.</source>
        <translation>El nombre de la columna en el archivo.</translation>
    </message>
    <message>
        <source>What kind of values the column holds. Double-click to change.</source>
        <translation>Qué tipo de valores contiene la columna. Haga doble clic para cambiarlo.</translation>
    </message>
    <message>
        <source>How the column is treated. Double-click to change.</source>
        <translation>Cómo se trata la columna. Haga doble clic para cambiarlo.</translation>
    </message>
    <message>
        <source>Share of rows where the value is missing.</source>
        <translation>Proporción de filas en las que falta el valor.</translation>
    </message>
    <message>
        <source>How many different values the column holds.</source>
        <translation>Cuántos valores diferentes contiene la columna.</translation>
    </message>
    <message>
        <source>A small picture of how the values are spread (from a sample of rows).</source>
        <translation>Una pequeña imagen de cómo se distribuyen los valores (a partir de una muestra de filas).</translation>
    </message>
    <message>
        <source>Distribution preview</source>
        <translation>Vista previa de la distribución</translation>
    </message>
    <message>
        <source>Detected as {0}; changed by you.</source>
        <translation>Detectado como {0}; cambiado por usted.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Comparison charts</source>
        <translation>Gráficos de comparación</translation>
    </message>
    <message>
        <source>Column to compare</source>
        <translation>Columna que comparar</translation>
    </message>
    <message>
        <source>The column whose real and synthetic distributions are drawn.</source>
        <translation>La columna cuyas distribuciones real y sintética se dibujan.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Co&amp;lumn:</source>
        <translation>Co&amp;lumna:</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Closest records</source>
        <translation>Registros más cercanos</translation>
    </message>
    <message>
        <source>Model test</source>
        <translation>Prueba con modelo</translation>
    </message>
    <message>
        <source>{0} chart</source>
        <translation>Gráfico: {0}</translation>
    </message>
    <message>
        <source>Nothing to compare yet.</source>
        <translation>Todavía no hay nada que comparar.</translation>
    </message>
</context>
<context>
    <name>DataFrameModel</name>
    <message>
        <source>missing</source>
        <translation>faltante</translation>
    </message>
    <message>
        <source>This value is missing in the table.</source>
        <translation>Este valor falta en la tabla.</translation>
    </message>
    <message>
        <source>Column “{0}”. Click to sort by it.</source>
        <translation>Columna «{0}». Haga clic para ordenar por ella.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>{0:,} rows × {1:,} columns</source>
        <translation>{0:,} filas × {1:,} columnas</translation>
    </message>
</context>
<context>
    <name>DescriptionPage</name>
    <message>
        <source>Describe the release</source>
        <translation>Describa la publicación</translation>
    </message>
    <message>
        <source>This goes into the datasheet, the description files and the manifest. Fields marked * are required.</source>
        <translation>Esto se incluye en la ficha técnica, en los archivos de descripción y en el manifiesto. Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>The dataset&apos;s name as recipients will see it.</source>
        <translation>El nombre del conjunto de datos tal como lo verán los destinatarios.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Who releases the data. It signs the datasheet and the manifest; it is saved in the settings.</source>
        <translation>Quién publica los datos. Firma la ficha técnica y el manifiesto; se guarda en la configuración.</translation>
    </message>
    <message>
        <source>e.g. National Statistics Office</source>
        <translation>p. ej., Instituto Nacional de Estadística</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>An e-mail address or a phone number for questions about this data.</source>
        <translation>Una dirección de correo electrónico o un número de teléfono para consultas sobre estos datos.</translation>
    </message>
    <message>
        <source>e.g. data@statistics.example</source>
        <translation>p. ej., datos@estadistica.example</translation>
    </message>
    <message>
        <source>e.g. CC-BY-4.0, or your own terms</source>
        <translation>p. ej., CC-BY-4.0, o sus propias condiciones</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>The terms under which others may use the data. An SPDX name such as CC-BY-4.0 is best; you may also type your own.</source>
        <translation>Las condiciones en las que otros pueden usar los datos. Lo mejor es un nombre SPDX como CC-BY-4.0; también puede escribir el suyo.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Why this synthetic dataset was made.</source>
        <translation>Por qué se creó este conjunto de datos sintéticos.</translation>
    </message>
    <message>
        <source>e.g. To let students practise credit-risk analysis without real clients.</source>
        <translation>p. ej., Permitir que los estudiantes practiquen el análisis del riesgo de crédito sin clientes reales.</translation>
    </message>
    <message>
        <source>Intended uses</source>
        <translation>Usos previstos</translation>
    </message>
    <message>
        <source>What the data may be used for, one use per line.</source>
        <translation>Para qué se pueden usar los datos, un uso por línea.</translation>
    </message>
    <message>
        <source>One use per line, e.g. Teaching and training</source>
        <translation>Un uso por línea, p. ej., Docencia y formación</translation>
    </message>
    <message>
        <source>Prohibited uses</source>
        <translation>Usos prohibidos</translation>
    </message>
    <message>
        <source>What the data must not be used for, one use per line.</source>
        <translation>Para qué no se deben usar los datos, un uso por línea.</translation>
    </message>
    <message>
        <source>Trying to identify real people or to link rows to real persons</source>
        <translation>Intentar identificar a personas reales o vincular filas con personas reales</translation>
    </message>
    <message>
        <source>Decisions about individual people</source>
        <translation>Decisiones sobre personas concretas</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limitaciones</translation>
    </message>
    <message>
        <source>What the data cannot show, or shows poorly.</source>
        <translation>Lo que los datos no pueden mostrar, o muestran mal.</translation>
    </message>
    <message>
        <source>e.g. Rare combinations of values are under-represented.</source>
        <translation>p. ej., Las combinaciones de valores poco frecuentes están infrarrepresentadas.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything else recipients should know.</source>
        <translation>Cualquier otra cosa que los destinatarios deban saber.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Organisation: *</source>
        <translation>&amp;Organización: *</translation>
    </message>
    <message>
        <source>&amp;Contact: *</source>
        <translation>&amp;Contacto: *</translation>
    </message>
    <message>
        <source>&amp;Licence: *</source>
        <translation>&amp;Licencia: *</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalidad:</translation>
    </message>
    <message>
        <source>&amp;Intended uses: *</source>
        <translation>&amp;Usos previstos: *</translation>
    </message>
    <message>
        <source>P&amp;rohibited uses:</source>
        <translation>Usos &amp;prohibidos:</translation>
    </message>
    <message>
        <source>Li&amp;mitations:</source>
        <translation>Li&amp;mitaciones:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
    <message>
        <source>{0} (synthetic)</source>
        <translation>{0} (sintético)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Qué hacer: {0}</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostrar &amp;detalles</translation>
    </message>
    <message>
        <source>Show the technical details, for your IT support.</source>
        <translation>Mostrar los detalles técnicos, para su servicio de soporte informático.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copy the message and the technical details to the clipboard.</source>
        <translation>Copiar el mensaje y los detalles técnicos al portapapeles.</translation>
    </message>
    <message>
        <source>Error code: {0}</source>
        <translation>Código de error: {0}</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Ocultar &amp;detalles</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Problem with the file</source>
        <translation>Problema con el archivo</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>Show and copy the technical details.</source>
        <translation>Mostrar y copiar los detalles técnicos.</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Qué hacer: {0}</translation>
    </message>
</context>
<context>
    <name>FairnessPage</name>
    <message>
        <source>Fairness target (optional)</source>
        <translation>Objetivo de equidad (opcional)</translation>
    </message>
    <message>
        <source>Synthetic data copies the biases of the real table unless you ask otherwise. Set a target, and SynthStudio steers the generated rows towards it and measures the result.</source>
        <translation>Los datos sintéticos copian los sesgos de la tabla real, salvo que usted indique otra cosa. Fije un objetivo y SynthStudio orientará las filas generadas hacia él y medirá el resultado.</translation>
    </message>
    <message>
        <source>&amp;No fairness target — keep the patterns of the real table</source>
        <translation>Sin objetivo de &amp;equidad — mantener los patrones de la tabla real</translation>
    </message>
    <message>
        <source>The synthetic data follows the real data, including its biases.</source>
        <translation>Los datos sintéticos siguen a los datos reales, incluidos sus sesgos.</translation>
    </message>
    <message>
        <source>Set a fairness &amp;target</source>
        <translation>Fijar un &amp;objetivo de equidad</translation>
    </message>
    <message>
        <source>Choose who must be treated alike, and how alike.</source>
        <translation>Elija quién debe recibir un trato igual y en qué medida.</translation>
    </message>
    <message>
        <source>In partially synthetic mode the rows stay the real ones, so the target is measured and reported but not enforced.</source>
        <translation>En el modo parcialmente sintético las filas siguen siendo las reales, por lo que el objetivo se mide y se informa, pero no se impone.</translation>
    </message>
    <message>
        <source>Fairness targets need the table&apos;s values, which are not available.</source>
        <translation>Los objetivos de equidad necesitan los valores de la tabla, que no están disponibles.</translation>
    </message>
    <message>
        <source>Sensitive columns</source>
        <translation>Columnas sensibles</translation>
    </message>
    <message>
        <source>Columns that describe groups of people who must be treated alike, such as sex or race. Press Space to tick or untick the selected column.</source>
        <translation>Columnas que describen grupos de personas que deben recibir un trato igual, como el sexo o la raza. Pulse Espacio para marcar o desmarcar la columna seleccionada.</translation>
    </message>
    <message>
        <source>Judge their &amp;intersection (e.g. women of one race compared with men of another)</source>
        <translation>Juzgar su &amp;intersección (p. ej., mujeres de una raza comparadas con hombres de otra)</translation>
    </message>
    <message>
        <source>Judge combined groups such as Female × Black instead of each column on its own.</source>
        <translation>Juzgar grupos combinados, como mujer × raza negra, en lugar de cada columna por separado.</translation>
    </message>
    <message>
        <source>Judge the intersection of the sensitive columns</source>
        <translation>Juzgar la intersección de las columnas sensibles</translation>
    </message>
    <message>
        <source>Outcome column</source>
        <translation>Columna de resultado</translation>
    </message>
    <message>
        <source>The decision or result that should not depend on the groups, such as income or a loan decision.</source>
        <translation>La decisión o el resultado que no debería depender de los grupos, como los ingresos o la decisión sobre un préstamo.</translation>
    </message>
    <message>
        <source>Favourable outcome value</source>
        <translation>Valor de resultado favorable</translation>
    </message>
    <message>
        <source>The value that is good news for a person, such as &gt;50K or approved.</source>
        <translation>El valor que es una buena noticia para una persona, como &gt;50K o aprobado.</translation>
    </message>
    <message>
        <source>Fairness measure</source>
        <translation>Medida de equidad</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>&amp;Sensitive columns:</source>
        <translation>Columnas &amp;sensibles:</translation>
    </message>
    <message>
        <source>&amp;Outcome column:</source>
        <translation>Columna de &amp;resultado:</translation>
    </message>
    <message>
        <source>&amp;Favourable value:</source>
        <translation>Valor &amp;favorable:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Medida:</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>&amp;Umbral:</translation>
    </message>
    <message>
        <source>The real data today</source>
        <translation>Los datos reales hoy</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>{0} ({1} rows)</source>
        <translation>{0} ({1} filas)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Measured on {0} randomly chosen rows of the {1}, to answer quickly.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Medido en {0} filas elegidas al azar de las {1}, para responder rápido.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>At least this value counts as fair (1 is equal treatment).</source>
        <translation>Se considera equitativo a partir de este valor (1 es igualdad de trato).</translation>
    </message>
    <message>
        <source>At most this value counts as fair (0 is equal treatment).</source>
        <translation>Se considera equitativo hasta este valor (0 es igualdad de trato).</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the columns above to see how the real data measures up.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elija las columnas de arriba para ver cómo se comportan los datos reales.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The real data today&lt;/b&gt;&lt;/p&gt;{0}</source>
        <translation>&lt;p&gt;&lt;b&gt;Los datos reales hoy&lt;/b&gt;&lt;/p&gt;{0}</translation>
    </message>
</context>
<context>
    <name>FairnessView</name>
    <message>
        <source>Fairness results</source>
        <translation>Resultados de equidad</translation>
    </message>
    <message>
        <source>Fairness chart</source>
        <translation>Gráfico de equidad</translation>
    </message>
    <message>
        <source>Which before/after chart to show: real data, the synthetic data before the correction, and the released data.</source>
        <translation>Qué gráfico de antes y después mostrar: datos reales, datos sintéticos antes de la corrección y datos publicados.</translation>
    </message>
    <message>
        <source>Fairness chart, before and after</source>
        <translation>Gráfico de equidad, antes y después</translation>
    </message>
    <message>
        <source>&amp;Before and after:</source>
        <translation>&amp;Antes y después:</translation>
    </message>
    <message>
        <source>No fairness target was set for this run, so no group balance was enforced or verified.</source>
        <translation>No se fijó ningún objetivo de equidad para esta ejecución, por lo que no se impuso ni se verificó ningún equilibrio entre los grupos.</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Dibujando los gráficos…</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>No alcanzado</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>No medido</translation>
    </message>
    <message>
        <source>Correction:</source>
        <translation>Corrección:</translation>
    </message>
    <message>
        <source>No correction was applied: the target was only measured.</source>
        <translation>No se aplicó ninguna corrección: el objetivo solo se midió.</translation>
    </message>
    <message>
        <source>Utility cost of the correction: not measured (no correction was applied, or no model could be tested on real holdout rows).</source>
        <translation>Coste de la corrección en utilidad: no medido (no se aplicó ninguna corrección o no se pudo probar ningún modelo con filas reales reservadas para la prueba).</translation>
    </message>
    <message>
        <source>None: every group has at least {0:,} real rows, enough to learn from and to judge.</source>
        <translation>Ninguna: cada grupo tiene al menos {0:,} filas reales, suficientes para aprender de ellas y para juzgar el resultado.</translation>
    </message>
    <message>
        <source>Fairness target</source>
        <translation>Objetivo de equidad</translation>
    </message>
    <message>
        <source>Result, measured on the released data</source>
        <translation>Resultado, medido en los datos publicados</translation>
    </message>
    <message>
        <source>Warnings about group sizes</source>
        <translation>Advertencias sobre el tamaño de los grupos</translation>
    </message>
    <message>
        <source>Remaining bias</source>
        <translation>Sesgos restantes</translation>
    </message>
    <message>
        <source>As written in the datasheet.</source>
        <translation>Tal como figura en la ficha técnica.</translation>
    </message>
    <message>
        <source>Real data (training rows)</source>
        <translation>Datos reales (filas de entrenamiento)</translation>
    </message>
    <message>
        <source>Synthetic, before correction</source>
        <translation>Sintéticos, antes de la corrección</translation>
    </message>
    <message>
        <source>Released data</source>
        <translation>Datos publicados</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>In the table</source>
        <translation>En la tabla</translation>
    </message>
    <message>
        <source>In the model&apos;s predictions</source>
        <translation>En las predicciones del modelo</translation>
    </message>
    <message>
        <source>Equalized-odds difference (model)</source>
        <translation>Diferencia de probabilidades igualadas (modelo)</translation>
    </message>
    <message>
        <source>Model accuracy</source>
        <translation>Exactitud del modelo</translation>
    </message>
    <message>
        <source>Model ROC AUC</source>
        <translation>AUC ROC del modelo</translation>
    </message>
    <message>
        <source>{0}, measured in each table</source>
        <translation>{0}: valores medidos en cada tabla</translation>
    </message>
    <message>
        <source>, and in the predictions of a model trained on it and tested on the same {0:,} real holdout rows, which the generator never saw</source>
        <translation>, y en las predicciones de un modelo entrenado con cada una de ellas y probado con las mismas {0:,} filas reales reservadas para la prueba, que el generador nunca vio</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a table</source>
        <translation>Elija una tabla</translation>
    </message>
    <message>
        <source>CSV, Excel, Parquet, Stata or SPSS. The file is only read, never changed.</source>
        <translation>CSV, Excel, Parquet, Stata o SPSS. El archivo solo se lee, nunca se modifica.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>Type a path or press Browse</source>
        <translation>Escriba una ruta o pulse Examinar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Pick the file in a file dialog.</source>
        <translation>Elegir el archivo en un cuadro de diálogo.</translation>
    </message>
    <message>
        <source>Excel sheet</source>
        <translation>Hoja de Excel</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the table.</source>
        <translation>La hoja del libro que contiene la tabla.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Choose a table to import</source>
        <translation>Elija una tabla para importar</translation>
    </message>
    <message>
        <source>Tables ({0});;All files (*)</source>
        <translation>Tablas ({0});;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Choose the formats and the folder</source>
        <translation>Elija los formatos y la carpeta</translation>
    </message>
    <message>
        <source>Every file is marked as synthetic: in its name, in its metadata, in a description file beside it, and in its numbers (an invisible watermark).</source>
        <translation>Cada archivo se marca como sintético: en su nombre, en sus metadatos, en un archivo de descripción junto a él y en sus números (una marca de agua invisible).</translation>
    </message>
    <message>
        <source>Plain text, opens everywhere. The description file beside it carries the metadata.</source>
        <translation>Texto sin formato, se abre en cualquier sitio. El archivo de descripción que lo acompaña contiene los metadatos.</translation>
    </message>
    <message>
        <source>An Excel workbook with an &quot;About this data&quot; sheet first.</source>
        <translation>Un libro de Excel cuya primera hoja es &quot;About this data&quot; (Acerca de estos datos).</translation>
    </message>
    <message>
        <source>A compact format for analysts (R, Python, Spark), with the metadata inside.</source>
        <translation>Un formato compacto para analistas (R, Python, Spark), con los metadatos incluidos.</translation>
    </message>
    <message>
        <source>A Stata data file; its dataset label says it is synthetic and gives the dataset ID.</source>
        <translation>Un archivo de datos de Stata; su etiqueta de conjunto de datos indica que es sintético y da el ID del conjunto de datos.</translation>
    </message>
    <message>
        <source>An SPSS data file; its file label and notes say it is synthetic, with the metadata.</source>
        <translation>Un archivo de datos de SPSS; su etiqueta de archivo y sus notas indican que es sintético, con los metadatos.</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>The start of every file name; &quot;.SYNTHETIC&quot; is always added.</source>
        <translation>El comienzo de cada nombre de archivo; siempre se añade &quot;.SYNTHETIC&quot;.</translation>
    </message>
    <message>
        <source>Folder to release into</source>
        <translation>Carpeta de publicación</translation>
    </message>
    <message>
        <source>The folder the release is written to. It is created if needed.</source>
        <translation>La carpeta en la que se escribe la publicación. Se crea si es necesario.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog.</source>
        <translation>Elegir la carpeta en un cuadro de diálogo.</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>No&amp;mbre de archivo:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source> — the input&apos;s format</source>
        <translation> — el formato de entrada</translation>
    </message>
    <message>
        <source>{0} — the input&apos;s format (not available)</source>
        <translation>{0} — el formato de entrada (no disponible)</translation>
    </message>
    <message>
        <source>SynthStudio cannot write {0} files with the watermark and metadata a release needs. Choose CSV, Excel or Parquet: most statistics programs read all three.</source>
        <translation>SynthStudio no puede escribir archivos {0} con la marca de agua y los metadatos que requiere una publicación. Elija CSV, Excel o Parquet: la mayoría de los programas estadísticos leen los tres.</translation>
    </message>
    <message>
        <source>Choose the folder to release into</source>
        <translation>Elija la carpeta de publicación</translation>
    </message>
    <message>
        <source>Data files: {0}, each with a description file (.json), plus a signed datasheet (PDF), manifest.json and its signature manifest.json.p7s. Existing files are never replaced without asking.</source>
        <translation>Archivos de datos: {0}, cada uno con un archivo de descripción (.json), además de una ficha técnica firmada (PDF), manifest.json y su firma manifest.json.p7s. Los archivos existentes nunca se reemplazan sin preguntar.</translation>
    </message>
    <message>
        <source>Each result gets its own subfolder, named after it.</source>
        <translation>Cada resultado tiene su propia subcarpeta, con su nombre.</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>Check the release gate</source>
        <translation>Compruebe el control de publicación</translation>
    </message>
    <message>
        <source>The release gate compares each result&apos;s evaluation (fidelity, utility, privacy…) with your organisation&apos;s thresholds.</source>
        <translation>El control de publicación compara la evaluación de cada resultado (fidelidad, utilidad, privacidad…) con los umbrales de su organización.</translation>
    </message>
    <message>
        <source>Release-gate result of each chosen result</source>
        <translation>Resultado del control de publicación de cada resultado elegido</translation>
    </message>
    <message>
        <source>Justification for releasing a result that failed the gate</source>
        <translation>Justificación para publicar un resultado que no superó el control</translation>
    </message>
    <message>
        <source>Why is releasing this data acceptable although it failed the gate? This text is printed in the datasheet and the manifest.</source>
        <translation>¿Por qué es aceptable publicar estos datos aunque no hayan superado el control? Este texto se imprime en la ficha técnica y en el manifiesto.</translation>
    </message>
    <message>
        <source>e.g. The privacy measures failed only on the rare categories, which the recipients will not use; approved by the data protection officer on …</source>
        <translation>p. ej., Las medidas de privacidad fallaron solo en las categorías poco frecuentes, que los destinatarios no usarán; aprobado por el delegado de protección de datos el …</translation>
    </message>
    <message>
        <source>&amp;Justification (required, at least {0} characters):</source>
        <translation>&amp;Justificación (obligatoria, al menos {0} caracteres):</translation>
    </message>
    <message>
        <source>&amp;Release gate of the chosen results:</source>
        <translation>&amp;Control de publicación de los resultados elegidos:</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source> (failed: {0})</source>
        <translation> (no superado en: {0})</translation>
    </message>
    <message>
        <source>&lt;b&gt;At least one result FAILED the release gate.&lt;/b&gt; You may release it only with a written justification; it is printed in the datasheet and recorded in the signed manifest.</source>
        <translation>&lt;b&gt;Al menos un resultado NO SUPERÓ el control de publicación.&lt;/b&gt; Solo puede publicarlo con una justificación escrita, que se imprime en la ficha técnica y queda registrada en el manifiesto firmado.</translation>
    </message>
    <message>
        <source>Some results passed with warnings. Read their evaluation before releasing; the datasheet shows the warnings.</source>
        <translation>Algunos resultados superaron el control con advertencias. Lea su evaluación antes de publicar; la ficha técnica muestra las advertencias.</translation>
    </message>
    <message>
        <source>Some results were not evaluated, so nothing shows how faithful or how private they are. The datasheet will say so. Evaluate them first if you can.</source>
        <translation>Algunos resultados no se evaluaron, por lo que nada indica lo fieles o lo privados que son. La ficha técnica lo hará constar. Evalúelos antes, si puede.</translation>
    </message>
    <message>
        <source>All chosen results passed the release gate.</source>
        <translation>Todos los resultados elegidos superaron el control de publicación.</translation>
    </message>
    <message>
        <source>{0} more characters needed.</source>
        <translation>Faltan {0} caracteres más.</translation>
    </message>
    <message>
        <source>Thank you: the justification will be recorded.</source>
        <translation>Gracias: la justificación quedará registrada.</translation>
    </message>
</context>
<context>
    <name>GateThresholdsDialog</name>
    <message>
        <source>Release gate thresholds</source>
        <translation>Umbrales del control de publicación</translation>
    </message>
    <message>
        <source>A result &lt;b&gt;passes&lt;/b&gt; a metric at the pass value or better, &lt;b&gt;fails&lt;/b&gt; beyond the fail value, and &lt;b&gt;warns&lt;/b&gt; in between. Only metrics that &lt;i&gt;decide the release&lt;/i&gt; change the overall verdict; the others get their own light. An unjudged metric is only reported. Hover over a metric for its meaning.</source>
        <translation>Un resultado &lt;b&gt;supera&lt;/b&gt; una métrica con el valor de superación o uno mejor, &lt;b&gt;falla&lt;/b&gt; más allá del valor de fallo y &lt;b&gt;advierte&lt;/b&gt; entre ambos. Solo las métricas que &lt;i&gt;deciden la publicación&lt;/i&gt; cambian el veredicto global; las demás tienen su propio indicador. Una métrica no juzgada solo se informa. Pase el puntero sobre una métrica para ver su significado.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Mejor si es</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Se juzga</translation>
    </message>
    <message>
        <source>Pass at</source>
        <translation>Supera con</translation>
    </message>
    <message>
        <source>Fail at</source>
        <translation>Falla con</translation>
    </message>
    <message>
        <source>Decides the release</source>
        <translation>Decide la publicación</translation>
    </message>
    <message>
        <source>Untick to only report this metric.</source>
        <translation>Desmarque para solo informar de esta métrica.</translation>
    </message>
    <message>
        <source>Lower it below zero for &quot;never&quot;: the metric can warn but never fail.</source>
        <translation>Bájelo por debajo de cero para &quot;nunca&quot;: la métrica puede advertir, pero nunca fallar.</translation>
    </message>
    <message>
        <source>Ticked: a failure here fails the result and needs a written justification to release.</source>
        <translation>Marcada: un fallo aquí hace fallar el resultado y exige una justificación escrita para publicarlo.</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Put back SynthStudio&apos;s thresholds for every metric.</source>
        <translation>Restaurar los umbrales de SynthStudio para todas las métricas.</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>mayor</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>GeneratorsPage</name>
    <message>
        <source>Preset for {0}</source>
        <translation>Preajuste para {0}</translation>
    </message>
    <message>
        <source>Fast trains briefly; Best quality trains longest and is most faithful.</source>
        <translation>Rápido entrena poco tiempo; Máxima calidad entrena durante más tiempo y es el más fiel.</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>estimando…</translation>
    </message>
    <message>
        <source>Choose one or more generators</source>
        <translation>Elija uno o varios generadores</translation>
    </message>
    <message>
        <source>Pick a quick choice, or tick several generators to compare them. Times are estimates for this table ({0} rows × {1} columns) on this computer.</source>
        <translation>Elija una opción rápida, o marque varios generadores para compararlos. Los tiempos son estimaciones para esta tabla ({0} filas × {1} columnas) en este equipo.</translation>
    </message>
    <message>
        <source>Quick choice:</source>
        <translation>Opción rápida:</translation>
    </message>
    <message>
        <source>Use {0} with the “{1}” preset.</source>
        <translation>Usar {0} con el preajuste «{1}».</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Generador</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>Estimate run times</source>
        <translation>Estimar los tiempos de ejecución</translation>
    </message>
    <message>
        <source>GPU ({0})</source>
        <translation>GPU ({0})</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>procesador</translation>
    </message>
    <message>
        <source>≈ {0} · {1} MB · {2}</source>
        <translation>≈ {0} · {1} MB · {2}</translation>
    </message>
    <message>
        <source>Uses the graphics card (GPU).</source>
        <translation>Usa la tarjeta gráfica (GPU).</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a table</source>
        <translation>Importar una tabla</translation>
    </message>
    <message>
        <source>Confirm the column types</source>
        <translation>Confirme los tipos de columna</translation>
    </message>
    <message>
        <source>SynthStudio guessed what each column holds. Correct any guess that is wrong.</source>
        <translation>SynthStudio ha deducido qué contiene cada columna. Corrija cualquier deducción errónea.</translation>
    </message>
    <message>
        <source>Give the columns their roles</source>
        <translation>Asigne los roles de las columnas</translation>
    </message>
    <message>
        <source>Identifiers are never learned. Quasi-identifiers and sensitive columns are used to check privacy; the target is the outcome a model would predict.</source>
        <translation>Los identificadores nunca se aprenden. Los cuasiidentificadores y las columnas sensibles se usan para comprobar la privacidad; el objetivo es el resultado que predeciría un modelo.</translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <source>The work stopped because of an unexpected problem: {0}</source>
        <translation>El trabajo se detuvo por un problema inesperado: {0}</translation>
    </message>
    <message>
        <source>Try again with other settings. If it happens again, copy the details and send them to your IT support.</source>
        <translation>Vuelva a intentarlo con otra configuración. Si vuelve a ocurrir, copie los detalles y envíelos a su servicio de soporte informático.</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>Job: {0}</source>
        <translation>Tarea: {0}</translation>
    </message>
    <message>
        <source>Progress of {0}</source>
        <translation>Progreso de {0}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this job. Nothing is written.</source>
        <translation>Detener esta tarea. No se escribe nada.</translation>
    </message>
    <message>
        <source>Cancel {0}</source>
        <translation>Cancelar {0}</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Show why this job failed.</source>
        <translation>Mostrar por qué falló esta tarea.</translation>
    </message>
    <message>
        <source>waiting in the queue</source>
        <translation>en cola de espera</translation>
    </message>
    <message>
        <source>took {0}</source>
        <translation>duró {0}</translation>
    </message>
    <message>
        <source>{0} elapsed</source>
        <translation>Tiempo transcurrido: {0}</translation>
    </message>
    <message>
        <source>, about {0} left</source>
        <translation>, quedan aprox. {0}</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>No jobs yet. Start one with Run ▸ Synthesize (Ctrl+R).</source>
        <translation>Todavía no hay tareas. Inicie una con Ejecutar ▸ Sintetizar (Ctrl+R).</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Whole number</source>
        <translation>Número entero</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Número decimal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Sí / no</translation>
    </message>
    <message>
        <source>Date / time</source>
        <translation>Fecha / hora</translation>
    </message>
    <message>
        <source>Identifier (ID)</source>
        <translation>Identificador (ID)</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinaria</translation>
    </message>
    <message>
        <source>Record identifier</source>
        <translation>Identificador de registro</translation>
    </message>
    <message>
        <source>Direct identifier</source>
        <translation>Identificador directo</translation>
    </message>
    <message>
        <source>Quasi-identifier</source>
        <translation>Cuasiidentificador</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Target (outcome)</source>
        <translation>Objetivo (resultado)</translation>
    </message>
    <message>
        <source>An ordinary column: learned and generated.</source>
        <translation>Una columna ordinaria: se aprende y se genera.</translation>
    </message>
    <message>
        <source>A row number or record key. Never learned; new keys are made up.</source>
        <translation>Un número de fila o clave de registro. Nunca se aprende; se inventan claves nuevas.</translation>
    </message>
    <message>
        <source>Names, e-mails, phone or ID numbers. Never learned; fake values replace them.</source>
        <translation>Nombres, correos electrónicos, números de teléfono o de identificación. Nunca se aprenden; se sustituyen por valores ficticios.</translation>
    </message>
    <message>
        <source>Age, postcode, sex…: harmless alone, identifying in combination. Used to check privacy.</source>
        <translation>Edad, código postal, sexo…: inofensivos por separado, identificadores en combinación. Se usan para comprobar la privacidad.</translation>
    </message>
    <message>
        <source>A protected or sensitive attribute (health, ethnicity…). Used to check privacy and fairness.</source>
        <translation>Un atributo protegido o sensible (salud, origen étnico…). Se usa para comprobar la privacidad y la equidad.</translation>
    </message>
    <message>
        <source>The outcome a model will predict from the other columns. At most one.</source>
        <translation>El resultado que un modelo predecirá a partir de las demás columnas. Como máximo una.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>{0} min {1:02d} s</source>
        <translation>{0} min {1:02d} s</translation>
    </message>
    <message>
        <source>{0} h {1:02d} min</source>
        <translation>{0} h {1:02d} min</translation>
    </message>
</context>
<context>
    <name>LineageDialog</name>
    <message>
        <source>This table looks like synthetic data</source>
        <translation>Esta tabla parece contener datos sintéticos</translation>
    </message>
    <message>
        <source>Synthetic input warning</source>
        <translation>Aviso de entrada sintética</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Lo que se encontró</translation>
    </message>
    <message>
        <source>Data made from real data is generation 1; data made from generation 1 is generation 2, and so on.</source>
        <translation>Los datos creados a partir de datos reales son la generación 1; los creados a partir de la generación 1 son la generación 2, y así sucesivamente.</translation>
    </message>
    <message>
        <source>Estimated from the watermark in the numbers (or from the file&apos;s own description when the numbers cannot tell).</source>
        <translation>Estimado a partir de la marca de agua de los números (o de la propia descripción del archivo cuando los números no permiten saberlo).</translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation>Generación:</translation>
    </message>
    <message>
        <source>Synthetic share:</source>
        <translation>Proporción sintética:</translation>
    </message>
    <message>
        <source>Dataset ID:</source>
        <translation>ID del conjunto de datos:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Watermark:</source>
        <translation>Marca de agua:</translation>
    </message>
    <message>
        <source>z = {0} (4 or more means the numbers carry SynthStudio&apos;s watermark)</source>
        <translation>z = {0} (4 o más indica que los números llevan la marca de agua de SynthStudio)</translation>
    </message>
    <message>
        <source>About {0} of this table appears to be synthetic data made by SynthStudio, mixed with other data.</source>
        <translation>Aproximadamente el {0} de esta tabla parecen ser datos sintéticos creados por SynthStudio, mezclados con otros datos.</translation>
    </message>
    <message>
        <source>Found because:</source>
        <translation>Motivo de la detección:</translation>
    </message>
    <message>
        <source>Training a generator on synthetic data is like copying a copy: the new model learns the first model&apos;s mistakes as if they were facts and loses rare cases, a little more with each generation (this is called &lt;i&gt;model collapse&lt;/i&gt;). Use the original real data whenever you can.</source>
        <translation>Entrenar un generador con datos sintéticos es como hacer una copia de una copia: el nuevo modelo aprende los errores del primero como si fueran hechos y pierde los casos poco frecuentes, un poco más con cada generación (es lo que se denomina &lt;i&gt;colapso del modelo&lt;/i&gt;). Use los datos reales originales siempre que pueda.</translation>
    </message>
    <message>
        <source>C&amp;ontinue anyway</source>
        <translation>C&amp;ontinuar de todos modos</translation>
    </message>
    <message>
        <source>Use this table; its synthetic origin is recorded in the new data&apos;s datasheet.</source>
        <translation>Usar esta tabla; su origen sintético queda registrado en la ficha técnica de los nuevos datos.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Do not use this table.</source>
        <translation>No usar esta tabla.</translation>
    </message>
    <message>
        <source>This table appears to be synthetic data made by SynthStudio, not real data.</source>
        <translation>Esta tabla parece contener datos sintéticos creados por SynthStudio, no datos reales.</translation>
    </message>
    <message>
        <source>1 — it was generated from real data</source>
        <translation>1 — se generó a partir de datos reales</translation>
    </message>
    <message>
        <source>{0} — it was generated from data that was itself synthetic</source>
        <translation>{0} — se generó a partir de datos que ya eran sintéticos</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medida</translation>
    </message>
    <message>
        <source>about {0}</source>
        <translation>aproximadamente {0}</translation>
    </message>
    <message>
        <source>If you continue, the new synthetic data will be recorded as generation {0}, and its datasheet will name dataset {1} as its source.</source>
        <translation>Si continúa, los nuevos datos sintéticos se registrarán como generación {0} y su ficha técnica indicará el conjunto de datos {1} como su origen.</translation>
    </message>
    <message>
        <source>If you continue, the new synthetic data will be recorded as generation {0} in its datasheet.</source>
        <translation>Si continúa, los nuevos datos sintéticos se registrarán como generación {0} en su ficha técnica.</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>Training loss curve</source>
        <translation>Curva de pérdida del entrenamiento</translation>
    </message>
    <message>
        <source>How the model&apos;s error falls while it learns. A flat curve means it has stopped improving.</source>
        <translation>Cómo disminuye el error del modelo mientras aprende. Una curva plana indica que ha dejado de mejorar.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>The loss curve of a learning generator
appears here while it trains.</source>
        <translation>La curva de pérdida de un generador que aprende
aparece aquí mientras se entrena.</translation>
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
        <translation>Datos reales</translation>
    </message>
    <message>
        <source>Main views</source>
        <translation>Vistas principales</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to SynthStudio&lt;/h2&gt;&lt;p&gt;Start by importing a table: &lt;b&gt;File ▸ Import data&lt;/b&gt; (Ctrl+I),&lt;br&gt;or open the sample dataset: &lt;b&gt;File ▸ Open sample dataset&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a SynthStudio&lt;/h2&gt;&lt;p&gt;Empiece importando una tabla: &lt;b&gt;Archivo ▸ Importar datos&lt;/b&gt; (Ctrl+I),&lt;br&gt;o abra el conjunto de datos de ejemplo: &lt;b&gt;Archivo ▸ Abrir conjunto de datos de ejemplo&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nuevo proyecto</translation>
    </message>
    <message>
        <source>Start an empty project.</source>
        <translation>Iniciar un proyecto vacío.</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open a saved .synthstudio project.</source>
        <translation>Abrir un proyecto .synthstudio guardado.</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Guardar proyecto</translation>
    </message>
    <message>
        <source>Save the project, with its settings and results.</source>
        <translation>Guardar el proyecto, con su configuración y sus resultados.</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Guardar proyecto &amp;como…</translation>
    </message>
    <message>
        <source>Save the project under a new name.</source>
        <translation>Guardar el proyecto con un nombre nuevo.</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importar datos…</translation>
    </message>
    <message>
        <source>Import a table (CSV, Excel, Parquet, Stata, SPSS).</source>
        <translation>Importar una tabla (CSV, Excel, Parquet, Stata, SPSS).</translation>
    </message>
    <message>
        <source>Open &amp;sample dataset</source>
        <translation>Abrir conjunto de datos de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Open the bundled sample table (UCI Adult census extract).</source>
        <translation>Abrir la tabla de ejemplo incluida (extracto del censo UCI Adult).</translation>
    </message>
    <message>
        <source>&amp;Locate data table…</source>
        <translation>&amp;Localizar tabla de datos…</translation>
    </message>
    <message>
        <source>Tell SynthStudio where the project&apos;s table is now.</source>
        <translation>Indicar a SynthStudio dónde está ahora la tabla del proyecto.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close SynthStudio.</source>
        <translation>Cerrar SynthStudio.</translation>
    </message>
    <message>
        <source>&amp;Synthesize…</source>
        <translation>&amp;Sintetizar…</translation>
    </message>
    <message>
        <source>Generate synthetic data from this table.</source>
        <translation>Generar datos sintéticos a partir de esta tabla.</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>Release results as watermarked, signed files with a datasheet.</source>
        <translation>Publicar resultados como archivos firmados y con marca de agua, con una ficha técnica.</translation>
    </message>
    <message>
        <source>&amp;Verify files…</source>
        <translation>&amp;Verificar archivos…</translation>
    </message>
    <message>
        <source>Check whether files are unchanged SynthStudio releases, and who signed them.</source>
        <translation>Comprobar si los archivos son publicaciones de SynthStudio sin cambios y quién los firmó.</translation>
    </message>
    <message>
        <source>Release &amp;gate thresholds…</source>
        <translation>&amp;Umbrales del control de publicación…</translation>
    </message>
    <message>
        <source>When a result passes, warns or fails the release gate; saved with the project.</source>
        <translation>Cuándo un resultado supera, advierte o falla en el control de publicación; se guarda con el proyecto.</translation>
    </message>
    <message>
        <source>&amp;Cancel all jobs</source>
        <translation>&amp;Cancelar todas las tareas</translation>
    </message>
    <message>
        <source>Stop every running and waiting job.</source>
        <translation>Detener todas las tareas en ejecución y en espera.</translation>
    </message>
    <message>
        <source>C&amp;lear finished jobs</source>
        <translation>&amp;Borrar tareas terminadas</translation>
    </message>
    <message>
        <source>Remove finished jobs from the jobs panel.</source>
        <translation>Quitar las tareas terminadas del panel de tareas.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Output folder, language, GPU use, organisation.</source>
        <translation>Carpeta de salida, idioma, uso de la GPU, organización.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>How to use SynthStudio, step by step.</source>
        <translation>Cómo usar SynthStudio, paso a paso.</translation>
    </message>
    <message>
        <source>&amp;About SynthStudio</source>
        <translation>&amp;Acerca de SynthStudio</translation>
    </message>
    <message>
        <source>Version and licences.</source>
        <translation>Versión y licencias.</translation>
    </message>
    <message>
        <source>Show &amp;data</source>
        <translation>Mostrar &amp;datos</translation>
    </message>
    <message>
        <source>Show &amp;results</source>
        <translation>Mostrar &amp;resultados</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Proyecto sin título</translation>
    </message>
    <message>
        <source>{0}[*] — SynthStudio</source>
        <translation>{0}[*] — SynthStudio</translation>
    </message>
    <message>
        <source>{0}: {1} rows × {2} columns</source>
        <translation>{0}: {1} filas × {2} columnas</translation>
    </message>
    <message>
        <source>{0} finished: {1} synthetic rows.</source>
        <translation>{0} terminado: {1} filas sintéticas.</translation>
    </message>
    <message>
        <source>No table</source>
        <translation>Sin tabla</translation>
    </message>
    <message>
        <source>{0} running, {1} waiting</source>
        <translation>{0} en ejecución, {1} en espera</translation>
    </message>
    <message>
        <source>The sample dataset is missing from this installation.</source>
        <translation>Falta el conjunto de datos de ejemplo en esta instalación.</translation>
    </message>
    <message>
        <source>Reinstall SynthStudio, or import your own table.</source>
        <translation>Vuelva a instalar SynthStudio o importe su propia tabla.</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Abrir {0}</translation>
    </message>
    <message>
        <source>{0} was not opened: it looks like synthetic data.</source>
        <translation>No se abrió {0}: parece contener datos sintéticos.</translation>
    </message>
    <message>
        <source>{0} · seed {1}</source>
        <translation>{0} · semilla {1}</translation>
    </message>
    <message>
        <source>Compare {0} with the real data</source>
        <translation>Comparar {0} con los datos reales</translation>
    </message>
    <message>
        <source>Release gate changed: results judged again.</source>
        <translation>El control de publicación ha cambiado: los resultados se han juzgado de nuevo.</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Abrir un proyecto</translation>
    </message>
    <message>
        <source>SynthStudio projects (*{0})</source>
        <translation>Proyectos de SynthStudio (*{0})</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Guardar el proyecto</translation>
    </message>
    <message>
        <source>The project&apos;s data table was not found</source>
        <translation>No se encontró la tabla de datos del proyecto</translation>
    </message>
    <message>
        <source>Where is {0} now?</source>
        <translation>¿Dónde está ahora {0}?</translation>
    </message>
    <message>
        <source>Save {0}</source>
        <translation>Guardar {0}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Guardado: {0}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them first?</source>
        <translation>El proyecto tiene cambios sin guardar. ¿Desea guardarlos antes?</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(no hay proyectos recientes)</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Falta la guía del usuario en esta instalación.</translation>
    </message>
    <message>
        <source>Reinstall SynthStudio.</source>
        <translation>Vuelva a instalar SynthStudio.</translation>
    </message>
    <message>
        <source>SynthStudio user guide</source>
        <translation>Guía del usuario de SynthStudio</translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation>Hay tareas en ejecución</translation>
    </message>
    <message>
        <source>Some jobs are still running. Cancel them and quit?</source>
        <translation>Algunas tareas siguen en ejecución. ¿Desea cancelarlas y salir?</translation>
    </message>
    <message>
        <source>Saving before closing…</source>
        <translation>Guardando antes de cerrar…</translation>
    </message>
    <message>
        <source>Cancelling jobs before closing…</source>
        <translation>Cancelando las tareas antes de cerrar…</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>&amp;Fully synthetic</source>
        <translation>&amp;Totalmente sintético</translation>
    </message>
    <message>
        <source>Fully synthetic from &amp;metadata only</source>
        <translation>Totalmente sintético solo a partir de &amp;metadatos</translation>
    </message>
    <message>
        <source>&amp;Partially synthetic</source>
        <translation>&amp;Parcialmente sintético</translation>
    </message>
    <message>
        <source>&amp;Hybrid — real and synthetic rows mixed</source>
        <translation>&amp;Híbrido — filas reales y sintéticas mezcladas</translation>
    </message>
    <message>
        <source>Every row is generated by a model that learned the patterns of your table. No real row is copied. The usual choice.</source>
        <translation>Cada fila la genera un modelo que ha aprendido los patrones de su tabla. No se copia ninguna fila real. La opción habitual.</translation>
    </message>
    <message>
        <source>Every value is drawn only from each column&apos;s type and range. No real value, frequency or relationship is used: the safest data, but useful only for testing software, not for analysis.</source>
        <translation>Cada valor se obtiene solo a partir del tipo y el rango de cada columna. No se usa ningún valor, frecuencia ni relación reales: son los datos más seguros, pero solo sirven para probar software, no para el análisis.</translation>
    </message>
    <message>
        <source>The real rows are kept, and only the columns you tick below are replaced by generated values that fit the rest of each row. The other columns stay real, so they keep the privacy risk of the real data.</source>
        <translation>Las filas reales se conservan y solo las columnas que marque abajo se sustituyen por valores generados que encajan con el resto de cada fila. Las demás columnas siguen siendo reales, por lo que conservan el riesgo para la privacidad de los datos reales.</translation>
    </message>
    <message>
        <source>Real rows and generated rows are mixed in the share you choose. The real rows are released unchanged (except identifiers), so they carry the full privacy risk of the real data.</source>
        <translation>Las filas reales y las generadas se mezclan en la proporción que elija. Las filas reales se publican sin cambios (salvo los identificadores), por lo que conllevan todo el riesgo para la privacidad de los datos reales.</translation>
    </message>
    <message>
        <source>What kind of synthetic data?</source>
        <translation>¿Qué tipo de datos sintéticos?</translation>
    </message>
    <message>
        <source>Choose how much of the released table is generated. When unsure, keep “Fully synthetic”.</source>
        <translation>Elija qué parte de la tabla publicada se genera. Si tiene dudas, mantenga «Totalmente sintético».</translation>
    </message>
    <message>
        <source>&amp;Columns to replace (sensitive and quasi-identifying columns are ticked):</source>
        <translation>&amp;Columnas que sustituir (las columnas sensibles y cuasiidentificadoras están marcadas):</translation>
    </message>
    <message>
        <source>Columns to replace</source>
        <translation>Columnas que sustituir</translation>
    </message>
    <message>
        <source>Ticked columns are generated; the others stay exactly as in the real table. Press Space to tick or untick the selected column.</source>
        <translation>Las columnas marcadas se generan; las demás quedan exactamente como en la tabla real. Pulse Espacio para marcar o desmarcar la columna seleccionada.</translation>
    </message>
    <message>
        <source>&amp;Synthetic share of the rows:</source>
        <translation>Proporción &amp;sintética de las filas:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Synthetic share of the rows, in percent</source>
        <translation>Proporción sintética de las filas, en porcentaje</translation>
    </message>
    <message>
        <source>How many of every hundred released rows are generated; the rest are real rows.</source>
        <translation>Cuántas de cada cien filas publicadas se generan; el resto son filas reales.</translation>
    </message>
    <message>
        <source>&amp;Add a column saying which rows are real, named:</source>
        <translation>Añadir una co&amp;lumna que indique qué filas son reales, con el nombre:</translation>
    </message>
    <message>
        <source>Each row gets “real” or “synthetic” in this column. Anyone with the table can then pick out the real rows.</source>
        <translation>Cada fila recibe «real» o «synthetic» en esta columna. Así, cualquiera que tenga la tabla puede distinguir las filas reales.</translation>
    </message>
    <message>
        <source>Name of the column saying which rows are real</source>
        <translation>Nombre de la columna que indica qué filas son reales</translation>
    </message>
    <message>
        <source>The new column&apos;s name; it must differ from the table&apos;s columns.</source>
        <translation>El nombre de la nueva columna; debe ser distinto de los de las columnas de la tabla.</translation>
    </message>
</context>
<context>
    <name>ParametersPage</name>
    <message>
        <source>Rows, seed and settings</source>
        <translation>Filas, semilla y configuración</translation>
    </message>
    <message>
        <source>The defaults are sensible. The same seed always gives the same synthetic table.</source>
        <translation>Los valores predeterminados son razonables. La misma semilla siempre produce la misma tabla sintética.</translation>
    </message>
    <message>
        <source>as many as the training rows ({0})</source>
        <translation>tantas como filas de entrenamiento ({0})</translation>
    </message>
    <message>
        <source>Number of synthetic rows</source>
        <translation>Número de filas sintéticas</translation>
    </message>
    <message>
        <source>How many synthetic rows to generate.</source>
        <translation>Cuántas filas sintéticas generar.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>A number that makes the run repeatable: same data, settings and seed give the same result.</source>
        <translation>Un número que hace que la ejecución sea reproducible: los mismos datos, configuración y semilla dan el mismo resultado.</translation>
    </message>
    <message>
        <source>&amp;Rows to generate:</source>
        <translation>&amp;Filas que generar:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>Show &amp;advanced settings</source>
        <translation>Mostrar configuración a&amp;vanzada</translation>
    </message>
    <message>
        <source>Each generator&apos;s own settings, preset by your choice.</source>
        <translation>La configuración propia de cada generador, preajustada según su elección.</translation>
    </message>
    <message>
        <source>Hide &amp;advanced settings</source>
        <translation>Ocultar configuración a&amp;vanzada</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>This generator has no settings.</source>
        <translation>Este generador no tiene configuración.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the preview</source>
        <translation>Compruebe la vista previa</translation>
    </message>
    <message>
        <source>If the columns look wrong, change how the file is read.</source>
        <translation>Si las columnas no se ven bien, cambie la forma de leer el archivo.</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Codificación de texto</translation>
    </message>
    <message>
        <source>How letters are stored in the file. Change it if accents look wrong.</source>
        <translation>Cómo se almacenan las letras en el archivo. Cámbiela si los acentos se ven mal.</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>Separador de columnas</translation>
    </message>
    <message>
        <source>The character between columns. Change it if everything is in one column.</source>
        <translation>El carácter entre columnas. Cámbielo si todo aparece en una sola columna.</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <source>The character before decimals in numbers.</source>
        <translation>El carácter que precede a los decimales en los números.</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Volver a leer</translation>
    </message>
    <message>
        <source>Read the file again with these options.</source>
        <translation>Volver a leer el archivo con estas opciones.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>Se&amp;parador:</translation>
    </message>
    <message>
        <source>Deci&amp;mal mark:</source>
        <translation>Separador &amp;decimal:</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <source>Preview of the table</source>
        <translation>Vista previa de la tabla</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Read {0}</source>
        <translation>Leer {0}</translation>
    </message>
    <message>
        <source>{0} rows × {1} columns read from {2}.</source>
        <translation>{0} filas × {1} columnas leídas de {2}.</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <source>Problem with these settings</source>
        <translation>Problema con esta configuración</translation>
    </message>
</context>
<context>
    <name>ProvenanceTasks</name>
    <message>
        <source>{0} could not be checked: {1}</source>
        <translation>No se pudo comprobar {0}: {1}</translation>
    </message>
    <message>
        <source>Check that the file is complete and not open in another program.</source>
        <translation>Compruebe que el archivo esté completo y que no esté abierto en otro programa.</translation>
    </message>
    <message>
        <source>Checking {0}</source>
        <translation>Comprobando {0}</translation>
    </message>
    <message>
        <source>Checked {0} item(s)</source>
        <translation>{0} elemento(s) comprobado(s)</translation>
    </message>
</context>
<context>
    <name>ReleaseRunPage</name>
    <message>
        <source>Release progress</source>
        <translation>Progreso de la publicación</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop the release. A release is written completely or not at all.</source>
        <translation>Detener la publicación. Una publicación se escribe por completo o no se escribe.</translation>
    </message>
    <message>
        <source>New signing certificate</source>
        <translation>Nuevo certificado de firma</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Archivos escritos</translation>
    </message>
    <message>
        <source>Every file of the release, as listed in its signed manifest.</source>
        <translation>Todos los archivos de la publicación, tal como figuran en su manifiesto firmado.</translation>
    </message>
    <message>
        <source>&amp;Files written:</source>
        <translation>Archivos &amp;escritos:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Show the released files in the file manager.</source>
        <translation>Mostrar los archivos publicados en el explorador de archivos.</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>&amp;Verificar ahora</translation>
    </message>
    <message>
        <source>Check the released files as a recipient would: fingerprints, signatures and watermark.</source>
        <translation>Comprobar los archivos publicados como lo haría un destinatario: huellas digitales, firmas y marca de agua.</translation>
    </message>
    <message>
        <source>Release into &amp;another folder…</source>
        <translation>Publicar en &amp;otra carpeta…</translation>
    </message>
    <message>
        <source>Choose a folder that does not yet hold this release.</source>
        <translation>Elija una carpeta que aún no contenga esta publicación.</translation>
    </message>
    <message>
        <source>Releasing</source>
        <translation>Publicando</translation>
    </message>
    <message>
        <source>Marking the values, writing the files, signing the datasheet and the manifest.</source>
        <translation>Marcando los valores, escribiendo los archivos y firmando la ficha técnica y el manifiesto.</translation>
    </message>
    <message>
        <source>Release {0}</source>
        <translation>Publicar {0}</translation>
    </message>
    <message>
        <source>Releasing {0}…</source>
        <translation>Publicando {0}…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Replace existing files?</source>
        <translation>¿Desea reemplazar los archivos existentes?</translation>
    </message>
    <message>
        <source>{0}

Replace them with this release? The files now there will be lost.</source>
        <translation>{0}

¿Desea reemplazarlos con esta publicación? Los archivos que hay ahora se perderán.</translation>
    </message>
    <message>
        <source>Nothing was written for {0}: the folder already holds files of this release, and they were kept. Choose another folder, or press Finish.</source>
        <translation>No se escribió nada para {0}: la carpeta ya contiene archivos de esta publicación, y se han conservado. Elija otra carpeta o pulse Finalizar.</translation>
    </message>
    <message>
        <source>The release of {0} did not complete; nothing of it was written.</source>
        <translation>La publicación de {0} no se completó; no se escribió nada de ella.</translation>
    </message>
    <message>
        <source>Stopped. Nothing of {0} was written.</source>
        <translation>Detenida. No se escribió nada de {0}.</translation>
    </message>
    <message>
        <source>Choose another folder to release into</source>
        <translation>Elija otra carpeta de publicación</translation>
    </message>
    <message>
        <source>Release finished</source>
        <translation>Publicación terminada</translation>
    </message>
    <message>
        <source>Give recipients the whole folder: the data, its descriptions, the signed datasheet and the signed manifest.</source>
        <translation>Entregue a los destinatarios la carpeta completa: los datos, sus descripciones, la ficha técnica firmada y el manifiesto firmado.</translation>
    </message>
    <message>
        <source>Release stopped</source>
        <translation>Publicación detenida</translation>
    </message>
    <message>
        <source>A release is written completely or not at all; no existing file was replaced.</source>
        <translation>Una publicación se escribe por completo o no se escribe; no se reemplazó ningún archivo existente.</translation>
    </message>
    <message>
        <source>Released {0} dataset(s). Every file is listed in a signed manifest.</source>
        <translation>Se publicaron {0} conjunto(s) de datos. Todos los archivos figuran en un manifiesto firmado.</translation>
    </message>
    <message>
        <source>SynthStudio created a signing certificate for {0} on this computer; its fingerprint is {1}. Publish this fingerprint (for example on your website) so that recipients can check that your datasheets really come from you.</source>
        <translation>SynthStudio ha creado un certificado de firma para {0} en este equipo; su huella digital es {1}. Publique esta huella digital (por ejemplo, en su sitio web) para que los destinatarios puedan comprobar que sus fichas técnicas proceden realmente de usted.</translation>
    </message>
    <message>
        <source>Dataset {0} in {1}</source>
        <translation>Conjunto de datos {0} en {1}</translation>
    </message>
    <message>
        <source>synthetic data ({0})</source>
        <translation>datos sintéticos ({0})</translation>
    </message>
    <message>
        <source>description of the data file (JSON-LD)</source>
        <translation>descripción del archivo de datos (JSON-LD)</translation>
    </message>
    <message>
        <source>datasheet, signed (PDF)</source>
        <translation>ficha técnica, firmada (PDF)</translation>
    </message>
    <message>
        <source>list of every file with its fingerprint (manifest)</source>
        <translation>lista de todos los archivos con su huella digital (manifiesto)</translation>
    </message>
    <message>
        <source>signature of the manifest</source>
        <translation>firma del manifiesto</translation>
    </message>
</context>
<context>
    <name>ReleaseWizard</name>
    <message>
        <source>passed</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>passed with warnings</source>
        <translation>superado con advertencias</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NO SUPERADO</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <source>{0} — {1} rows — release gate: {2}</source>
        <translation>{0} — {1} filas — control de publicación: {2}</translation>
    </message>
    <message>
        <source>Release synthetic data</source>
        <translation>Publicar datos sintéticos</translation>
    </message>
    <message>
        <source> (each release adds its result&apos;s name)</source>
        <translation> (cada publicación añade el nombre de su resultado)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <source>Data files</source>
        <translation>Archivos de datos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Intended uses</source>
        <translation>Usos previstos</translation>
    </message>
    <message>
        <source>Prohibited uses</source>
        <translation>Usos prohibidos</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limitaciones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Choose what to release</source>
        <translation>Elija qué publicar</translation>
    </message>
    <message>
        <source>Each chosen result becomes one release: its data files with their descriptions, a signed datasheet and a signed list of the files (manifest).</source>
        <translation>Cada resultado elegido se convierte en una publicación: sus archivos de datos con sus descripciones, una ficha técnica firmada y una lista firmada de los archivos (manifiesto).</translation>
    </message>
    <message>
        <source>Results that can be released</source>
        <translation>Resultados que se pueden publicar</translation>
    </message>
    <message>
        <source>Tick each result to release. The light shows its release-gate result.</source>
        <translation>Marque cada resultado que desee publicar. El indicador muestra su resultado en el control de publicación.</translation>
    </message>
    <message>
        <source>&amp;Results (Space ticks or unticks the selected one):</source>
        <translation>&amp;Resultados (Espacio marca o desmarca el seleccionado):</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Each finished run. Pick one to compare it with the real table.</source>
        <translation>Cada ejecución terminada. Elija una para compararla con la tabla real.</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>Real data</source>
        <translation>Datos reales</translation>
    </message>
    <message>
        <source>Synthetic data</source>
        <translation>Datos sintéticos</translation>
    </message>
    <message>
        <source>Column to compare</source>
        <translation>Columna que comparar</translation>
    </message>
    <message>
        <source>The column whose real and synthetic distributions are drawn.</source>
        <translation>La columna cuyas distribuciones real y sintética se dibujan.</translation>
    </message>
    <message>
        <source>Distribution of real and synthetic values</source>
        <translation>Distribución de los valores reales y sintéticos</translation>
    </message>
    <message>
        <source>Compare &amp;column:</source>
        <translation>Comparar &amp;columna:</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>Vistas de resultados</translation>
    </message>
    <message>
        <source>&amp;Selected result</source>
        <translation>Resultado &amp;seleccionado</translation>
    </message>
    <message>
        <source>Co&amp;mpare results</source>
        <translation>Co&amp;mparar resultados</translation>
    </message>
    <message>
        <source>All measured results side by side: scores and charts.</source>
        <translation>Todos los resultados medidos, uno al lado de otro: puntuaciones y gráficos.</translation>
    </message>
    <message>
        <source>F&amp;airness</source>
        <translation>E&amp;quidad</translation>
    </message>
    <message>
        <source>The selected result&apos;s fairness target: whether the released data reaches it, before/after charts and the bias that remains.</source>
        <translation>El objetivo de equidad del resultado seleccionado: si los datos publicados lo alcanzan, los gráficos de antes y después y los sesgos restantes.</translation>
    </message>
    <message>
        <source>No results yet.
Import a table, then choose Run ▸ Synthesize (Ctrl+R).</source>
        <translation>Todavía no hay resultados.
Importe una tabla y, después, elija Ejecutar ▸ Sintetizar (Ctrl+R).</translation>
    </message>
    <message>
        <source>{0:,} synthetic rows</source>
        <translation>{0:,} filas sintéticas</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Seed: {0}</source>
        <translation>Semilla: {0}</translation>
    </message>
    <message>
        <source>Rows: {0:,}</source>
        <translation>Filas: {0:,}</translation>
    </message>
    <message>
        <source>Device: {0}</source>
        <translation>Dispositivo: {0}</translation>
    </message>
    <message>
        <source>Time: {0}</source>
        <translation>Tiempo: {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not saved yet: save the project to keep it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aún no se ha guardado: guarde el proyecto para conservarlo.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Comparing the synthetic data with the real data…</source>
        <translation>Comparando los datos sintéticos con los datos reales…</translation>
    </message>
</context>
<context>
    <name>SchemaPage</name>
    <message>
        <source>Double-click a value in the second column (or select it and press F2) to change it. Hover over a column&apos;s name to see why it was detected this way.</source>
        <translation>Haga doble clic en un valor de la segunda columna (o selecciónelo y pulse F2) para cambiarlo. Pase el puntero sobre el nombre de una columna para ver por qué se detectó así.</translation>
    </message>
</context>
<context>
    <name>ScoreTableWidget</name>
    <message>
        <source>Scores of each generator</source>
        <translation>Puntuaciones de cada generador</translation>
    </message>
    <message>
        <source>Release gate (overall)</source>
        <translation>Control de publicación (global)</translation>
    </message>
    <message>
        <source> (advisory)</source>
        <translation> (orientativa)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <source>Where synthetic tables and reports are saved by default.</source>
        <translation>Dónde se guardan de forma predeterminada las tablas sintéticas y los informes.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the output folder.</source>
        <translation>Elegir la carpeta de salida.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the application. Takes effect when you restart it.</source>
        <translation>El idioma de la aplicación. El cambio se aplica al reiniciarla.</translation>
    </message>
    <message>
        <source>Use the graphics card (GPU) when there is one</source>
        <translation>Usar la tarjeta gráfica (GPU) cuando haya una</translation>
    </message>
    <message>
        <source>Neural generators learn much faster on an NVIDIA graphics card. Turn this off to always use the processor.</source>
        <translation>Los generadores neuronales aprenden mucho más rápido con una tarjeta gráfica NVIDIA. Desactive esta opción para usar siempre el procesador.</translation>
    </message>
    <message>
        <source>Generators run at the same time</source>
        <translation>Generadores que se ejecutan a la vez</translation>
    </message>
    <message>
        <source>How many generators may learn at the same time. 1 is best on an ordinary computer; the others wait in a queue.</source>
        <translation>Cuántos generadores pueden aprender al mismo tiempo. En un equipo normal lo mejor es 1; los demás esperan en una cola.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>e.g. National Statistics Office</source>
        <translation>p. ej., Instituto Nacional de Estadística</translation>
    </message>
    <message>
        <source>Printed on datasheets and used for the signing certificate.</source>
        <translation>Se imprime en las fichas técnicas y se usa para el certificado de firma.</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Carpeta de &amp;salida:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Computing:</source>
        <translation>Cálculo:</translation>
    </message>
    <message>
        <source>&amp;Generators at once:</source>
        <translation>&amp;Generadores a la vez:</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Elija la carpeta de salida</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Loading the synthesis libraries… {0} %</source>
        <translation>Cargando las bibliotecas de síntesis… {0} %</translation>
    </message>
    <message>
        <source>Opening the main window…</source>
        <translation>Abriendo la ventana principal…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check and release</source>
        <translation>Compruebe y publique</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Press Release to write the files.</source>
        <translation>Todavía no se ha escrito nada. Pulse Publicar para escribir los archivos.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Summary of the release</source>
        <translation>Resumen de la publicación</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Certificado de firma</translation>
    </message>
    <message>
        <source>Use my organisation&apos;s &amp;certificate (.p12)…</source>
        <translation>Usar el &amp;certificado de mi organización (.p12)…</translation>
    </message>
    <message>
        <source>Sign with a certificate your organisation issued (a PKCS#12 file with its private key) instead of one SynthStudio creates.</source>
        <translation>Firmar con un certificado emitido por su organización (un archivo PKCS#12 con su clave privada) en lugar de uno creado por SynthStudio.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature:&lt;/b&gt; SynthStudio will create a signing certificate for {0} on this computer when you release (only the first time).</source>
        <translation>&lt;b&gt;Firma:&lt;/b&gt; SynthStudio creará un certificado de firma para {0} en este equipo cuando publique (solo la primera vez).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature:&lt;/b&gt; your organisation&apos;s certificate ({0}), fingerprint {1}.</source>
        <translation>&lt;b&gt;Firma:&lt;/b&gt; el certificado de su organización ({0}), huella digital {1}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature:&lt;/b&gt; the certificate SynthStudio created for {0} on this computer, fingerprint {1}.</source>
        <translation>&lt;b&gt;Firma:&lt;/b&gt; el certificado que SynthStudio creó para {0} en este equipo, huella digital {1}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature:&lt;/b&gt; the organisation&apos;s name changed, so SynthStudio will create a new signing certificate for {0} (the one for {1} is kept aside).</source>
        <translation>&lt;b&gt;Firma:&lt;/b&gt; el nombre de la organización ha cambiado, por lo que SynthStudio creará un nuevo certificado de firma para {0} (el de {1} se conserva aparte).</translation>
    </message>
    <message>
        <source>Choose your organisation&apos;s certificate</source>
        <translation>Elija el certificado de su organización</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificados PKCS#12 (*.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Contraseña del certificado</translation>
    </message>
    <message>
        <source>Password of {0}:</source>
        <translation>Contraseña de {0}:</translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>Listo para empezar</translation>
    </message>
    <message>
        <source>The generators run one after the other in the background. You can keep working and cancel at any time.</source>
        <translation>Los generadores se ejecutan uno tras otro en segundo plano. Puede seguir trabajando y cancelar en cualquier momento.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Kind of data:&lt;/b&gt; {0}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tipo de datos:&lt;/b&gt; {0}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none — the synthetic data keeps the patterns of the real table, including its biases</source>
        <translation>ninguno — los datos sintéticos mantienen los patrones de la tabla real, incluidos sus sesgos</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fairness target:&lt;/b&gt; {0}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Objetivo de equidad:&lt;/b&gt; {0}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;{0}&lt;/b&gt;, seed {1}, {2} rows&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;{0}&lt;/b&gt;, semilla {1}, {2} filas&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;{0}&lt;/b&gt;, seed {1}, as many rows as the training rows ({2})&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;{0}&lt;/b&gt;, semilla {1}, tantas filas como las de entrenamiento ({2})&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;These runs will be queued:&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Estas ejecuciones se pondrán en cola:&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>SynthesisWizard</name>
    <message>
        <source>Fast</source>
        <translation>Rápido</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>Best quality</source>
        <translation>Máxima calidad</translation>
    </message>
    <message>
        <source>Synthesize</source>
        <translation>Sintetizar</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>{0}, replacing the columns {1}</source>
        <translation>{0}, sustituyendo las columnas {1}</translation>
    </message>
    <message>
        <source>{0}, {1} of the rows synthetic</source>
        <translation>{0}, {1} de las filas sintéticas</translation>
    </message>
    <message>
        <source>, with a column “{0}” saying which rows are real</source>
        <translation>, con una columna «{0}» que indica qué filas son reales</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Detecting column types</source>
        <translation>Detectando los tipos de columna</translation>
    </message>
    <message>
        <source>Drawing column previews</source>
        <translation>Dibujando las vistas previas de las columnas</translation>
    </message>
    <message>
        <source>Table ready</source>
        <translation>Tabla lista</translation>
    </message>
    <message>
        <source>Checking the data table</source>
        <translation>Comprobando la tabla de datos</translation>
    </message>
    <message>
        <source>Reading results</source>
        <translation>Leyendo los resultados</translation>
    </message>
    <message>
        <source>Project open</source>
        <translation>Proyecto abierto</translation>
    </message>
    <message>
        <source>Saving the project</source>
        <translation>Guardando el proyecto</translation>
    </message>
    <message>
        <source>The project could not be saved.</source>
        <translation>No se pudo guardar el proyecto.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Elija una carpeta en la que pueda escribir.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify files</source>
        <translation>Verificar archivos</translation>
    </message>
    <message>
        <source>Check whether files are SynthStudio synthetic data, unchanged since release, and who signed them. Choose data files, signed PDF datasheets, a release manifest or a whole release folder, or drop them here. Nothing is changed.</source>
        <translation>Compruebe si los archivos son datos sintéticos de SynthStudio, si no han cambiado desde su publicación y quién los firmó. Elija archivos de datos, fichas técnicas PDF firmadas, un manifiesto de publicación o una carpeta de publicación completa, o arrástrelos aquí. No se modifica nada.</translation>
    </message>
    <message>
        <source>Check &amp;files…</source>
        <translation>Comprobar &amp;archivos…</translation>
    </message>
    <message>
        <source>Choose one or more data files, PDFs or a manifest.json.</source>
        <translation>Elegir uno o varios archivos de datos, archivos PDF o un manifest.json.</translation>
    </message>
    <message>
        <source>Check a f&amp;older…</source>
        <translation>Comprobar una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Choose a release folder (with its manifest.json) or a folder of files.</source>
        <translation>Elegir una carpeta de publicación (con su manifest.json) o una carpeta de archivos.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop checking; the results so far are discarded.</source>
        <translation>Dejar de comprobar; los resultados obtenidos hasta ahora se descartan.</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>Progreso de la comprobación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Results, one line per file</source>
        <translation>Resultados, una línea por archivo</translation>
    </message>
    <message>
        <source>Select a line to see its details below.</source>
        <translation>Seleccione una línea para ver sus detalles abajo.</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Detalles del archivo seleccionado</translation>
    </message>
    <message>
        <source>Select and copy any part, or use Copy report for everything.</source>
        <translation>Seleccione y copie cualquier parte, o use Copiar informe para copiarlo todo.</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Detalles:</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Co&amp;piar informe</translation>
    </message>
    <message>
        <source>Copy the verdicts and details of every file to the clipboard.</source>
        <translation>Copiar los veredictos y los detalles de todos los archivos al portapapeles.</translation>
    </message>
    <message>
        <source>Choose files to check</source>
        <translation>Elija los archivos que comprobar</translation>
    </message>
    <message>
        <source>Data, datasheets and manifests (*.csv *.xlsx *.xlsm *.parquet *.pdf *.json *.p7s *.tsv *.txt *.dta *.sav);;All files (*)</source>
        <translation>Datos, fichas técnicas y manifiestos (*.csv *.xlsx *.xlsm *.parquet *.pdf *.json *.p7s *.tsv *.txt *.dta *.sav);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a release folder</source>
        <translation>Elija una carpeta de publicación</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Comprobando {0}…</translation>
    </message>
    <message>
        <source>Verify {0}</source>
        <translation>Verificar {0}</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>{0} elementos</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Stopped. Choose files again to check them.</source>
        <translation>Detenido. Elija de nuevo los archivos para comprobarlos.</translation>
    </message>
    <message>
        <source>There was nothing to check: no data files, PDFs or manifests were found.</source>
        <translation>No había nada que comprobar: no se encontraron archivos de datos, PDF ni manifiestos.</translation>
    </message>
    <message>
        <source>Checked {0} item(s). Select a line to see its details.</source>
        <translation>Se comprobaron {0} elemento(s). Seleccione una línea para ver sus detalles.</translation>
    </message>
</context>
<context>
    <name>VerifyReport</name>
    <message>
        <source>CHANGED since release</source>
        <translation>MODIFICADO desde la publicación</translation>
    </message>
    <message>
        <source>Manifest signature BROKEN</source>
        <translation>Firma del manifiesto NO VÁLIDA</translation>
    </message>
    <message>
        <source>Synthetic data, not listed in a manifest</source>
        <translation>Datos sintéticos, no incluidos en ningún manifiesto</translation>
    </message>
    <message>
        <source>Watermark found, no description</source>
        <translation>Marca de agua encontrada, sin descripción</translation>
    </message>
    <message>
        <source>No sign of SynthStudio data</source>
        <translation>Ningún indicio de datos de SynthStudio</translation>
    </message>
    <message>
        <source>found</source>
        <translation>encontrada</translation>
    </message>
    <message>
        <source>weak signs (possibly a small synthetic part)</source>
        <translation>indicios débiles (posiblemente una pequeña parte sintética)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrada</translation>
    </message>
    <message>
        <source>too few suitable numbers to test</source>
        <translation>demasiado pocos números adecuados para la prueba</translation>
    </message>
    <message>
        <source>Unchanged since release</source>
        <translation>Sin cambios desde la publicación</translation>
    </message>
    <message>
        <source>Unchanged, but the manifest is not signed</source>
        <translation>Sin cambios, pero el manifiesto no está firmado</translation>
    </message>
    <message>
        <source>Data file ({0})</source>
        <translation>Archivo de datos ({0})</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Archivo: {0}</translation>
    </message>
    <message>
        <source>Kind: {0}</source>
        <translation>Tipo: {0}</translation>
    </message>
    <message>
        <source>Verdict: {0}</source>
        <translation>Veredicto: {0}</translation>
    </message>
    <message>
        <source>Metadata found: {0}</source>
        <translation>Metadatos encontrados: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Nota: {0}</translation>
    </message>
    <message>
        <source>Release manifest: none lists this file, so changes cannot be detected</source>
        <translation>Manifiesto de publicación: ninguno incluye este archivo, por lo que no se pueden detectar cambios</translation>
    </message>
    <message>
        <source>Release manifest: the file&apos;s fingerprint matches {0}</source>
        <translation>Manifiesto de publicación: la huella digital del archivo coincide con {0}</translation>
    </message>
    <message>
        <source>Release manifest: the file&apos;s fingerprint DIFFERS from {0}</source>
        <translation>Manifiesto de publicación: la huella digital del archivo DIFIERE de {0}</translation>
    </message>
    <message>
        <source>  Changed columns: {0}</source>
        <translation>  Columnas modificadas: {0}</translation>
    </message>
    <message>
        <source>  Removed columns: {0}</source>
        <translation>  Columnas eliminadas: {0}</translation>
    </message>
    <message>
        <source>Manifest signature: {0}</source>
        <translation>Firma del manifiesto: {0}</translation>
    </message>
    <message>
        <source>  Signer: {0}</source>
        <translation>  Firmante: {0}</translation>
    </message>
    <message>
        <source>  Certificate fingerprint (SHA-256): {0}</source>
        <translation>  Huella digital del certificado (SHA-256): {0}</translation>
    </message>
    <message>
        <source>Watermark: not checked (the values could not be read)</source>
        <translation>Marca de agua: no comprobada (no se pudieron leer los valores)</translation>
    </message>
    <message>
        <source>Watermark: {0}</source>
        <translation>Marca de agua: {0}</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>Organisation key</source>
        <translation>Clave de la organización</translation>
    </message>
    <message>
        <source>  Dataset ID: {0} (read from the numbers)</source>
        <translation>  ID del conjunto de datos: {0} (leído de los números)</translation>
    </message>
    <message>
        <source>  Dataset ID: {0} (from the descriptions only)</source>
        <translation>  ID del conjunto de datos: {0} (solo a partir de las descripciones)</translation>
    </message>
    <message>
        <source>  Dataset ID: not found</source>
        <translation>  ID del conjunto de datos: no encontrado</translation>
    </message>
    <message>
        <source>  Estimated synthetic share: {0}</source>
        <translation>  Proporción sintética estimada: {0}</translation>
    </message>
    <message>
        <source>  Rows: {0} (released: {1})</source>
        <translation>  Filas: {0} (publicadas: {1})</translation>
    </message>
    <message>
        <source>  {0}: z = {1} from {2} distinct numbers (4 or more means watermarked)</source>
        <translation>  {0}: z = {1} a partir de {2} números distintos (4 o más indica marca de agua)</translation>
    </message>
    <message>
        <source>  Dataset ID: {0} (confirmed by the numbers, z = {1})</source>
        <translation>  ID del conjunto de datos: {0} (confirmado por los números, z = {1})</translation>
    </message>
    <message>
        <source>about {0}</source>
        <translation>aproximadamente {0}</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medida</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Signature intact, trusted certificate</source>
        <translation>Firma intacta, certificado de confianza</translation>
    </message>
    <message>
        <source>Signature intact</source>
        <translation>Firma intacta</translation>
    </message>
    <message>
        <source>Damaged or not a PDF</source>
        <translation>Dañado o no es un PDF</translation>
    </message>
    <message>
        <source>Signature BROKEN</source>
        <translation>Firma NO VÁLIDA</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Release manifest: the file&apos;s fingerprint matches</source>
        <translation>Manifiesto de publicación: la huella digital del archivo coincide</translation>
    </message>
    <message>
        <source>Release manifest: the file&apos;s fingerprint DIFFERS</source>
        <translation>Manifiesto de publicación: la huella digital del archivo DIFIERE</translation>
    </message>
    <message>
        <source>Signature: {0}</source>
        <translation>Firma: {0}</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intacta</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>NO VÁLIDA</translation>
    </message>
    <message>
        <source>Signed by: {0}</source>
        <translation>Firmado por: {0}</translation>
    </message>
    <message>
        <source>Certificate: {0}</source>
        <translation>Certificado: {0}</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {0}</source>
        <translation>Huella digital del certificado (SHA-256): {0}</translation>
    </message>
    <message>
        <source>Certificate trust: {0}</source>
        <translation>Confianza en el certificado: {0}</translation>
    </message>
    <message>
        <source>one you trust</source>
        <translation>uno de su confianza</translation>
    </message>
    <message>
        <source>self-signed: compare the fingerprint with the one the organisation published</source>
        <translation>autofirmado: compare la huella digital con la que publicó la organización</translation>
    </message>
    <message>
        <source>not among the certificates you trust</source>
        <translation>no figura entre los certificados de su confianza</translation>
    </message>
    <message>
        <source>Signed at: {0}</source>
        <translation>Firmado el: {0}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Covers the whole file: {0}</source>
        <translation>Abarca todo el archivo: {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Attached files: {0}</source>
        <translation>Archivos adjuntos: {0}</translation>
    </message>
    <message>
        <source>NOT as released</source>
        <translation>NO coincide con lo publicado</translation>
    </message>
    <message>
        <source>All files as released</source>
        <translation>Todos los archivos coinciden con lo publicado</translation>
    </message>
    <message>
        <source>Files match, but the manifest is not signed</source>
        <translation>Los archivos coinciden, pero el manifiesto no está firmado</translation>
    </message>
    <message>
        <source>Release folder</source>
        <translation>Carpeta de publicación</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>Carpeta: {0}</translation>
    </message>
    <message>
        <source>Dataset ID: {0}</source>
        <translation>ID del conjunto de datos: {0}</translation>
    </message>
    <message>
        <source>Missing files: {0}</source>
        <translation>Archivos que faltan: {0}</translation>
    </message>
    <message>
        <source>Files not part of the release: {0}</source>
        <translation>Archivos que no forman parte de la publicación: {0}</translation>
    </message>
    <message>
        <source>Datasheet (signed PDF)</source>
        <translation>Ficha técnica (PDF firmado)</translation>
    </message>
    <message>
        <source>Listed in the manifest</source>
        <translation>Incluido en el manifiesto</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FALTA</translation>
    </message>
    <message>
        <source>Verdict: the manifest lists this file, but it is not in the folder.</source>
        <translation>Veredicto: el manifiesto incluye este archivo, pero no está en la carpeta.</translation>
    </message>
    <message>
        <source>Description (JSON-LD)</source>
        <translation>Descripción (JSON-LD)</translation>
    </message>
    <message>
        <source>Release file</source>
        <translation>Archivo de la publicación</translation>
    </message>
    <message>
        <source>Problem: {0}</source>
        <translation>Problema: {0}</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Qué hacer: {0}</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No comprobado</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>No se pudo comprobar</translation>
    </message>
</context>
</TS>
