<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SynthStudio</source>
        <translation>À propos de SynthStudio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SynthStudio {0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SynthStudio {0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Turns a sensitive table into a documented, watermarked, signed synthetic dataset. Works offline: your data never leaves this computer.</source>
        <translation>Transforme une table sensible en un jeu de données synthétiques documenté, filigrané et signé. Fonctionne hors ligne&#xa0;: vos données ne quittent jamais cet ordinateur.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>Licence Apache 2.0</translation>
    </message>
    <message>
        <source>Business Source License 1.1 — free to use, including in production, except to offer a commercial synthetic-data service built on it; see the SDV licence for details</source>
        <translation>Business Source License 1.1 — utilisation libre, y compris en production, sauf pour proposer un service commercial de données synthétiques fondé sur ce logiciel&#xa0;; voir la licence de SDV pour plus de détails</translation>
    </message>
    <message>
        <source>Business Source License 1.1</source>
        <translation>Business Source License 1.1</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>Licence MIT</translation>
    </message>
    <message>
        <source>BSD-style licence</source>
        <translation>Licence de type BSD</translation>
    </message>
    <message>
        <source>BSD-style licences</source>
        <translation>Licences de type BSD</translation>
    </message>
    <message>
        <source>GNU LGPL version 3 (or GPL 2/3)</source>
        <translation>GNU LGPL version 3 (ou GPL 2/3)</translation>
    </message>
    <message>
        <source>BSD, MIT and Apache-2.0/BSD</source>
        <translation>BSD, MIT et Apache-2.0/BSD</translation>
    </message>
    <message>
        <source>Sample data: UCI Adult (Census Income)</source>
        <translation>Données d&apos;exemple&#xa0;: UCI Adult (Census Income)</translation>
    </message>
    <message>
        <source>CC BY 4.0 — Becker &amp; Kohavi, UCI Machine Learning Repository</source>
        <translation>CC BY 4.0 — Becker &amp; Kohavi, UCI Machine Learning Repository</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Component&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Version&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Licence&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Composant&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Version&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Licence&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>The chart could not be drawn: {0}</source>
        <translation>Le graphique n&apos;a pas pu être dessiné&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Sa&amp;ve chart…</source>
        <translation>&amp;Enregistrer le graphique…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture or an SVG drawing.</source>
        <translation>Enregistrer ce graphique en image PNG ou en dessin SVG.</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Enregistrer le graphique…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translation>Le graphique n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>ColumnPanel</name>
    <message>
        <source>Columns of the table</source>
        <translation>Colonnes de la table</translation>
    </message>
    <message>
        <source>Double-click a type or role to change it (or select it and press F2).</source>
        <translation>Double-cliquez sur un type ou un rôle pour le modifier (ou sélectionnez-le et appuyez sur F2).</translation>
    </message>
</context>
<context>
    <name>ColumnSummaryModel</name>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Distinctes</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>The column&apos;s name in the file.</source>
        <translation>Le nom de la colonne dans le fichier.</translation>
    </message>
    <message>
        <source>What kind of values the column holds. Double-click to change.</source>
        <translation>Le type de valeurs que contient la colonne. Double-cliquez pour le modifier.</translation>
    </message>
    <message>
        <source>How the column is treated. Double-click to change.</source>
        <translation>La façon dont la colonne est traitée. Double-cliquez pour la modifier.</translation>
    </message>
    <message>
        <source>Share of rows where the value is missing.</source>
        <translation>Part des lignes où la valeur est manquante.</translation>
    </message>
    <message>
        <source>How many different values the column holds.</source>
        <translation>Nombre de valeurs différentes que contient la colonne.</translation>
    </message>
    <message>
        <source>A small picture of how the values are spread (from a sample of rows).</source>
        <translation>Une petite image de la répartition des valeurs (d&apos;après un échantillon de lignes).</translation>
    </message>
    <message>
        <source>Distribution preview</source>
        <translation>Aperçu de la distribution</translation>
    </message>
    <message>
        <source>Detected as {0}; changed by you.</source>
        <translation>Détecté comme {0}&#xa0;; modifié par vous.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Comparison charts</source>
        <translation>Graphiques de comparaison</translation>
    </message>
    <message>
        <source>Column to compare</source>
        <translation>Colonne à comparer</translation>
    </message>
    <message>
        <source>The column whose real and synthetic distributions are drawn.</source>
        <translation>La colonne dont les distributions réelle et synthétique sont tracées.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Co&amp;lumn:</source>
        <translation>Co&amp;lonne&#xa0;:</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Closest records</source>
        <translation>Enregistrements les plus proches</translation>
    </message>
    <message>
        <source>Model test</source>
        <translation>Test de modèle</translation>
    </message>
    <message>
        <source>{0} chart</source>
        <translation>Graphique {0}</translation>
    </message>
    <message>
        <source>Nothing to compare yet.</source>
        <translation>Rien à comparer pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>DataFrameModel</name>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>This value is missing in the table.</source>
        <translation>Cette valeur est manquante dans la table.</translation>
    </message>
    <message>
        <source>Column “{0}”. Click to sort by it.</source>
        <translation>Colonne «&#xa0;{0}&#xa0;». Cliquez pour trier selon cette colonne.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>{0:,} rows × {1:,} columns</source>
        <translation>{0:,} lignes × {1:,} colonnes</translation>
    </message>
</context>
<context>
    <name>DescriptionPage</name>
    <message>
        <source>Describe the release</source>
        <translation>Décrire la diffusion</translation>
    </message>
    <message>
        <source>This goes into the datasheet, the description files and the manifest. Fields marked * are required.</source>
        <translation>Ces informations figurent dans la fiche descriptive, les fichiers de description et le manifeste. Les champs marqués d&apos;un * sont obligatoires.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The dataset&apos;s name as recipients will see it.</source>
        <translation>Le nom du jeu de données tel que les destinataires le verront.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Who releases the data. It signs the datasheet and the manifest; it is saved in the settings.</source>
        <translation>L&apos;organisme qui diffuse les données. Il signe la fiche descriptive et le manifeste&#xa0;; il est enregistré dans les paramètres.</translation>
    </message>
    <message>
        <source>e.g. National Statistics Office</source>
        <translation>p. ex. Institut national de la statistique</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>An e-mail address or a phone number for questions about this data.</source>
        <translation>Une adresse e-mail ou un numéro de téléphone pour les questions sur ces données.</translation>
    </message>
    <message>
        <source>e.g. data@statistics.example</source>
        <translation>p. ex. data@statistics.example</translation>
    </message>
    <message>
        <source>e.g. CC-BY-4.0, or your own terms</source>
        <translation>p. ex. CC-BY-4.0, ou vos propres conditions</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>The terms under which others may use the data. An SPDX name such as CC-BY-4.0 is best; you may also type your own.</source>
        <translation>Les conditions dans lesquelles d&apos;autres peuvent utiliser les données. Un identifiant SPDX comme CC-BY-4.0 est préférable&#xa0;; vous pouvez aussi saisir vos propres conditions.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Why this synthetic dataset was made.</source>
        <translation>Pourquoi ce jeu de données synthétiques a été créé.</translation>
    </message>
    <message>
        <source>e.g. To let students practise credit-risk analysis without real clients.</source>
        <translation>p. ex. Permettre aux étudiants de s&apos;exercer à l&apos;analyse du risque de crédit sans clients réels.</translation>
    </message>
    <message>
        <source>Intended uses</source>
        <translation>Utilisations prévues</translation>
    </message>
    <message>
        <source>What the data may be used for, one use per line.</source>
        <translation>Ce à quoi les données peuvent servir, une utilisation par ligne.</translation>
    </message>
    <message>
        <source>One use per line, e.g. Teaching and training</source>
        <translation>Une utilisation par ligne, p. ex. Enseignement et formation</translation>
    </message>
    <message>
        <source>Prohibited uses</source>
        <translation>Utilisations interdites</translation>
    </message>
    <message>
        <source>What the data must not be used for, one use per line.</source>
        <translation>Ce à quoi les données ne doivent pas servir, une utilisation par ligne.</translation>
    </message>
    <message>
        <source>Trying to identify real people or to link rows to real persons</source>
        <translation>Tenter d&apos;identifier des personnes réelles ou de relier des lignes à des personnes réelles</translation>
    </message>
    <message>
        <source>Decisions about individual people</source>
        <translation>Décisions concernant des personnes individuelles</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>What the data cannot show, or shows poorly.</source>
        <translation>Ce que les données ne peuvent pas montrer, ou montrent mal.</translation>
    </message>
    <message>
        <source>e.g. Rare combinations of values are under-represented.</source>
        <translation>p. ex. Les combinaisons de valeurs rares sont sous-représentées.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Anything else recipients should know.</source>
        <translation>Toute autre information utile aux destinataires.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tit&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation: *</source>
        <translation>&amp;Organisation&#xa0;: *</translation>
    </message>
    <message>
        <source>&amp;Contact: *</source>
        <translation>&amp;Contact&#xa0;: *</translation>
    </message>
    <message>
        <source>&amp;Licence: *</source>
        <translation>&amp;Licence&#xa0;: *</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>O&amp;bjectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Intended uses: *</source>
        <translation>&amp;Utilisations prévues&#xa0;: *</translation>
    </message>
    <message>
        <source>P&amp;rohibited uses:</source>
        <translation>Utilisations &amp;interdites&#xa0;:</translation>
    </message>
    <message>
        <source>Li&amp;mitations:</source>
        <translation>Li&amp;mites&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>{0} (synthetic)</source>
        <translation>{0} (synthétique)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Que faire&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>Show the technical details, for your IT support.</source>
        <translation>Afficher les détails techniques, pour votre support informatique.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy the message and the technical details to the clipboard.</source>
        <translation>Copier le message et les détails techniques dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Error code: {0}</source>
        <translation>Code d&apos;erreur&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Masquer les &amp;détails</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Problem with the file</source>
        <translation>Problème avec le fichier</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Show and copy the technical details.</source>
        <translation>Afficher et copier les détails techniques.</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Que faire&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>FairnessPage</name>
    <message>
        <source>Fairness target (optional)</source>
        <translation>Objectif d&apos;équité (facultatif)</translation>
    </message>
    <message>
        <source>Synthetic data copies the biases of the real table unless you ask otherwise. Set a target, and SynthStudio steers the generated rows towards it and measures the result.</source>
        <translation>Les données synthétiques reproduisent les biais de la table réelle, sauf si vous demandez autre chose. Fixez un objectif&#xa0;: SynthStudio oriente les lignes générées vers cet objectif et mesure le résultat.</translation>
    </message>
    <message>
        <source>&amp;No fairness target — keep the patterns of the real table</source>
        <translation>&amp;Aucun objectif d&apos;équité — conserver les tendances de la table réelle</translation>
    </message>
    <message>
        <source>The synthetic data follows the real data, including its biases.</source>
        <translation>Les données synthétiques suivent les données réelles, y compris leurs biais.</translation>
    </message>
    <message>
        <source>Set a fairness &amp;target</source>
        <translation>&amp;Définir un objectif d&apos;équité</translation>
    </message>
    <message>
        <source>Choose who must be treated alike, and how alike.</source>
        <translation>Choisissez qui doit être traité de la même façon, et dans quelle mesure.</translation>
    </message>
    <message>
        <source>In partially synthetic mode the rows stay the real ones, so the target is measured and reported but not enforced.</source>
        <translation>En mode partiellement synthétique, les lignes restent les lignes réelles&#xa0;: l&apos;objectif est donc mesuré et signalé, mais pas appliqué.</translation>
    </message>
    <message>
        <source>Fairness targets need the table&apos;s values, which are not available.</source>
        <translation>Les objectifs d&apos;équité nécessitent les valeurs de la table, qui ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Sensitive columns</source>
        <translation>Colonnes sensibles</translation>
    </message>
    <message>
        <source>Columns that describe groups of people who must be treated alike, such as sex or race. Press Space to tick or untick the selected column.</source>
        <translation>Colonnes décrivant des groupes de personnes qui doivent être traités de la même façon, comme le sexe ou l&apos;origine ethnique. Appuyez sur Espace pour cocher ou décocher la colonne sélectionnée.</translation>
    </message>
    <message>
        <source>Judge their &amp;intersection (e.g. women of one race compared with men of another)</source>
        <translation>Évaluer leur &amp;intersection (p. ex. les femmes d&apos;une origine comparées aux hommes d&apos;une autre)</translation>
    </message>
    <message>
        <source>Judge combined groups such as Female × Black instead of each column on its own.</source>
        <translation>Évaluer des groupes combinés, comme Femme × Noire, au lieu de chaque colonne séparément.</translation>
    </message>
    <message>
        <source>Judge the intersection of the sensitive columns</source>
        <translation>Évaluer l&apos;intersection des colonnes sensibles</translation>
    </message>
    <message>
        <source>Outcome column</source>
        <translation>Colonne de résultat</translation>
    </message>
    <message>
        <source>The decision or result that should not depend on the groups, such as income or a loan decision.</source>
        <translation>La décision ou le résultat qui ne doit pas dépendre des groupes, comme le revenu ou une décision de prêt.</translation>
    </message>
    <message>
        <source>Favourable outcome value</source>
        <translation>Valeur de résultat favorable</translation>
    </message>
    <message>
        <source>The value that is good news for a person, such as &gt;50K or approved.</source>
        <translation>La valeur qui représente une bonne nouvelle pour une personne, comme &gt;50K ou «&#xa0;accordé&#xa0;».</translation>
    </message>
    <message>
        <source>Fairness measure</source>
        <translation>Mesure d&apos;équité</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>&amp;Sensitive columns:</source>
        <translation>&amp;Colonnes sensibles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome column:</source>
        <translation>Colonne de &amp;résultat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Favourable value:</source>
        <translation>&amp;Valeur favorable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>S&amp;euil&#xa0;:</translation>
    </message>
    <message>
        <source>The real data today</source>
        <translation>Les données réelles aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>{0} ({1} rows)</source>
        <translation>{0} ({1} lignes)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Measured on {0} randomly chosen rows of the {1}, to answer quickly.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Mesuré sur {0} lignes choisies au hasard parmi {1}, pour répondre rapidement.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>At least this value counts as fair (1 is equal treatment).</source>
        <translation>Une valeur au moins égale à celle-ci est considérée comme équitable (1 signifie une égalité de traitement).</translation>
    </message>
    <message>
        <source>At most this value counts as fair (0 is equal treatment).</source>
        <translation>Une valeur au plus égale à celle-ci est considérée comme équitable (0 signifie une égalité de traitement).</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the columns above to see how the real data measures up.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez les colonnes ci-dessus pour voir ce que donnent les données réelles.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The real data today&lt;/b&gt;&lt;/p&gt;{0}</source>
        <translation>&lt;p&gt;&lt;b&gt;Les données réelles aujourd&apos;hui&lt;/b&gt;&lt;/p&gt;{0}</translation>
    </message>
</context>
<context>
    <name>FairnessView</name>
    <message>
        <source>Fairness results</source>
        <translation>Résultats d&apos;équité</translation>
    </message>
    <message>
        <source>Fairness chart</source>
        <translation>Graphique d&apos;équité</translation>
    </message>
    <message>
        <source>Which before/after chart to show: real data, the synthetic data before the correction, and the released data.</source>
        <translation>Graphique avant/après à afficher&#xa0;: données réelles, données synthétiques avant la correction et données diffusées.</translation>
    </message>
    <message>
        <source>Fairness chart, before and after</source>
        <translation>Graphique d&apos;équité, avant et après</translation>
    </message>
    <message>
        <source>&amp;Before and after:</source>
        <translation>&amp;Avant et après&#xa0;:</translation>
    </message>
    <message>
        <source>No fairness target was set for this run, so no group balance was enforced or verified.</source>
        <translation>Aucun objectif d&apos;équité n&apos;a été fixé pour cette exécution&#xa0;: aucun équilibre entre les groupes n&apos;a donc été appliqué ni vérifié.</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Dessin des graphiques…</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Non mesuré</translation>
    </message>
    <message>
        <source>Correction:</source>
        <translation>Correction&#xa0;:</translation>
    </message>
    <message>
        <source>No correction was applied: the target was only measured.</source>
        <translation>Aucune correction n&apos;a été appliquée&#xa0;: l&apos;objectif a seulement été mesuré.</translation>
    </message>
    <message>
        <source>Utility cost of the correction: not measured (no correction was applied, or no model could be tested on real holdout rows).</source>
        <translation>Coût de la correction en utilité&#xa0;: non mesuré (aucune correction n&apos;a été appliquée, ou aucun modèle n&apos;a pu être testé sur des lignes réelles réservées au test).</translation>
    </message>
    <message>
        <source>None: every group has at least {0:,} real rows, enough to learn from and to judge.</source>
        <translation>Aucun&#xa0;: chaque groupe compte au moins {0:,} lignes réelles, assez pour l&apos;apprentissage et pour l&apos;évaluation.</translation>
    </message>
    <message>
        <source>Fairness target</source>
        <translation>Objectif d&apos;équité</translation>
    </message>
    <message>
        <source>Result, measured on the released data</source>
        <translation>Résultat, mesuré sur les données diffusées</translation>
    </message>
    <message>
        <source>Warnings about group sizes</source>
        <translation>Avertissements sur la taille des groupes</translation>
    </message>
    <message>
        <source>Remaining bias</source>
        <translation>Biais résiduels</translation>
    </message>
    <message>
        <source>As written in the datasheet.</source>
        <translation>Tel qu&apos;indiqué dans la fiche descriptive.</translation>
    </message>
    <message>
        <source>Real data (training rows)</source>
        <translation>Données réelles (lignes d&apos;entraînement)</translation>
    </message>
    <message>
        <source>Synthetic, before correction</source>
        <translation>Synthétiques, avant correction</translation>
    </message>
    <message>
        <source>Released data</source>
        <translation>Données diffusées</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>In the table</source>
        <translation>Dans la table</translation>
    </message>
    <message>
        <source>In the model&apos;s predictions</source>
        <translation>Dans les prédictions du modèle</translation>
    </message>
    <message>
        <source>Equalized-odds difference (model)</source>
        <translation>Écart de chances égalisées (modèle)</translation>
    </message>
    <message>
        <source>Model accuracy</source>
        <translation>Exactitude du modèle</translation>
    </message>
    <message>
        <source>Model ROC AUC</source>
        <translation>AUC ROC du modèle</translation>
    </message>
    <message>
        <source>{0}, measured in each table</source>
        <translation>{0} — valeurs mesurées dans chaque table</translation>
    </message>
    <message>
        <source>, and in the predictions of a model trained on it and tested on the same {0:,} real holdout rows, which the generator never saw</source>
        <translation>, ainsi que dans les prédictions d&apos;un modèle entraîné sur chacune d&apos;elles et testé sur les mêmes {0:,} lignes réelles réservées au test, que le générateur n&apos;a jamais vues</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a table</source>
        <translation>Choisir une table</translation>
    </message>
    <message>
        <source>CSV, Excel, Parquet, Stata or SPSS. The file is only read, never changed.</source>
        <translation>CSV, Excel, Parquet, Stata ou SPSS. Le fichier est seulement lu, jamais modifié.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Type a path or press Browse</source>
        <translation>Saisissez un chemin ou cliquez sur Parcourir</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Pick the file in a file dialog.</source>
        <translation>Choisir le fichier dans une boîte de dialogue.</translation>
    </message>
    <message>
        <source>Excel sheet</source>
        <translation>Feuille Excel</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the table.</source>
        <translation>La feuille du classeur qui contient la table.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>F&amp;euille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a table to import</source>
        <translation>Choisir une table à importer</translation>
    </message>
    <message>
        <source>Tables ({0});;All files (*)</source>
        <translation>Tables ({0});;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Choose the formats and the folder</source>
        <translation>Choisir les formats et le dossier</translation>
    </message>
    <message>
        <source>Every file is marked as synthetic: in its name, in its metadata, in a description file beside it, and in its numbers (an invisible watermark).</source>
        <translation>Chaque fichier est marqué comme synthétique&#xa0;: dans son nom, dans ses métadonnées, dans un fichier de description placé à côté, et dans ses nombres (un filigrane invisible).</translation>
    </message>
    <message>
        <source>Plain text, opens everywhere. The description file beside it carries the metadata.</source>
        <translation>Texte brut, lisible partout. Le fichier de description placé à côté contient les métadonnées.</translation>
    </message>
    <message>
        <source>An Excel workbook with an &quot;About this data&quot; sheet first.</source>
        <translation>Un classeur Excel commençant par une feuille «&#xa0;À propos de ces données&#xa0;».</translation>
    </message>
    <message>
        <source>A compact format for analysts (R, Python, Spark), with the metadata inside.</source>
        <translation>Un format compact pour les analystes (R, Python, Spark), qui contient les métadonnées.</translation>
    </message>
    <message>
        <source>A Stata data file; its dataset label says it is synthetic and gives the dataset ID.</source>
        <translation>Un fichier de données Stata&#xa0;; son libellé de jeu de données indique qu&apos;il est synthétique et donne l&apos;identifiant du jeu de données.</translation>
    </message>
    <message>
        <source>An SPSS data file; its file label and notes say it is synthetic, with the metadata.</source>
        <translation>Un fichier de données SPSS&#xa0;; son libellé de fichier et ses notes indiquent qu&apos;il est synthétique, avec les métadonnées.</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <source>The start of every file name; &quot;.SYNTHETIC&quot; is always added.</source>
        <translation>Le début de chaque nom de fichier&#xa0;; «&#xa0;.SYNTHETIC&#xa0;» est toujours ajouté.</translation>
    </message>
    <message>
        <source>Folder to release into</source>
        <translation>Dossier de diffusion</translation>
    </message>
    <message>
        <source>The folder the release is written to. It is created if needed.</source>
        <translation>Le dossier dans lequel la diffusion est écrite. Il est créé si nécessaire.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog.</source>
        <translation>Choisir le dossier dans une boîte de dialogue.</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source> — the input&apos;s format</source>
        <translation> — le format d&apos;entrée</translation>
    </message>
    <message>
        <source>{0} — the input&apos;s format (not available)</source>
        <translation>{0} — le format d&apos;entrée (non disponible)</translation>
    </message>
    <message>
        <source>SynthStudio cannot write {0} files with the watermark and metadata a release needs. Choose CSV, Excel or Parquet: most statistics programs read all three.</source>
        <translation>SynthStudio ne peut pas écrire de fichiers {0} avec le filigrane et les métadonnées qu&apos;exige une diffusion. Choisissez CSV, Excel ou Parquet&#xa0;: la plupart des logiciels statistiques lisent ces trois formats.</translation>
    </message>
    <message>
        <source>Choose the folder to release into</source>
        <translation>Choisir le dossier de diffusion</translation>
    </message>
    <message>
        <source>Data files: {0}, each with a description file (.json), plus a signed datasheet (PDF), manifest.json and its signature manifest.json.p7s. Existing files are never replaced without asking.</source>
        <translation>Fichiers de données&#xa0;: {0}, chacun avec un fichier de description (.json), plus une fiche descriptive signée (PDF), manifest.json et sa signature manifest.json.p7s. Les fichiers existants ne sont jamais remplacés sans confirmation.</translation>
    </message>
    <message>
        <source>Each result gets its own subfolder, named after it.</source>
        <translation>Chaque résultat reçoit son propre sous-dossier, portant son nom.</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>Check the release gate</source>
        <translation>Vérifier le résultat du contrôle avant diffusion</translation>
    </message>
    <message>
        <source>The release gate compares each result&apos;s evaluation (fidelity, utility, privacy…) with your organisation&apos;s thresholds.</source>
        <translation>Le contrôle avant diffusion compare l&apos;évaluation de chaque résultat (fidélité, utilité, confidentialité…) aux seuils de votre organisation.</translation>
    </message>
    <message>
        <source>Release-gate result of each chosen result</source>
        <translation>Résultat du contrôle avant diffusion pour chaque résultat choisi</translation>
    </message>
    <message>
        <source>Justification for releasing a result that failed the gate</source>
        <translation>Justification de la diffusion d&apos;un résultat qui a échoué au contrôle</translation>
    </message>
    <message>
        <source>Why is releasing this data acceptable although it failed the gate? This text is printed in the datasheet and the manifest.</source>
        <translation>Pourquoi est-il acceptable de diffuser ces données bien qu&apos;elles aient échoué au contrôle&#xa0;? Ce texte est imprimé dans la fiche descriptive et le manifeste.</translation>
    </message>
    <message>
        <source>e.g. The privacy measures failed only on the rare categories, which the recipients will not use; approved by the data protection officer on …</source>
        <translation>p. ex. Les mesures de confidentialité n&apos;ont échoué que sur les catégories rares, que les destinataires n&apos;utiliseront pas&#xa0;; approuvé par le délégué à la protection des données le …</translation>
    </message>
    <message>
        <source>&amp;Justification (required, at least {0} characters):</source>
        <translation>&amp;Justification (obligatoire, au moins {0} caractères)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Release gate of the chosen results:</source>
        <translation>&amp;Contrôle avant diffusion des résultats choisis&#xa0;:</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source> (failed: {0})</source>
        <translation> (échec&#xa0;: {0})</translation>
    </message>
    <message>
        <source>&lt;b&gt;At least one result FAILED the release gate.&lt;/b&gt; You may release it only with a written justification; it is printed in the datasheet and recorded in the signed manifest.</source>
        <translation>&lt;b&gt;Au moins un résultat a ÉCHOUÉ au contrôle avant diffusion.&lt;/b&gt; Vous ne pouvez le diffuser qu&apos;avec une justification écrite&#xa0;; elle est imprimée dans la fiche descriptive et consignée dans le manifeste signé.</translation>
    </message>
    <message>
        <source>Some results passed with warnings. Read their evaluation before releasing; the datasheet shows the warnings.</source>
        <translation>Certains résultats ont réussi avec des avertissements. Lisez leur évaluation avant la diffusion&#xa0;; la fiche descriptive indique les avertissements.</translation>
    </message>
    <message>
        <source>Some results were not evaluated, so nothing shows how faithful or how private they are. The datasheet will say so. Evaluate them first if you can.</source>
        <translation>Certains résultats n&apos;ont pas été évalués&#xa0;: rien n&apos;indique donc leur fidélité ni leur niveau de confidentialité. La fiche descriptive le mentionnera. Évaluez-les d&apos;abord si vous le pouvez.</translation>
    </message>
    <message>
        <source>All chosen results passed the release gate.</source>
        <translation>Tous les résultats choisis ont réussi le contrôle avant diffusion.</translation>
    </message>
    <message>
        <source>{0} more characters needed.</source>
        <translation>Encore {0} caractères nécessaires.</translation>
    </message>
    <message>
        <source>Thank you: the justification will be recorded.</source>
        <translation>Merci&#xa0;: la justification sera consignée.</translation>
    </message>
</context>
<context>
    <name>GateThresholdsDialog</name>
    <message>
        <source>Release gate thresholds</source>
        <translation>Seuils du contrôle avant diffusion</translation>
    </message>
    <message>
        <source>A result &lt;b&gt;passes&lt;/b&gt; a metric at the pass value or better, &lt;b&gt;fails&lt;/b&gt; beyond the fail value, and &lt;b&gt;warns&lt;/b&gt; in between. Only metrics that &lt;i&gt;decide the release&lt;/i&gt; change the overall verdict; the others get their own light. An unjudged metric is only reported. Hover over a metric for its meaning.</source>
        <translation>Un résultat &lt;b&gt;réussit&lt;/b&gt; une métrique à la valeur de réussite ou mieux, &lt;b&gt;échoue&lt;/b&gt; au-delà de la valeur d&apos;échec, et &lt;b&gt;donne un avertissement&lt;/b&gt; entre les deux. Seules les métriques qui &lt;i&gt;décident de la diffusion&lt;/i&gt; modifient le verdict global&#xa0;; les autres ont leur propre voyant. Une métrique non jugée est seulement signalée. Survolez une métrique pour voir sa signification.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Meilleure si</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Jugée</translation>
    </message>
    <message>
        <source>Pass at</source>
        <translation>Réussite à</translation>
    </message>
    <message>
        <source>Fail at</source>
        <translation>Échec à</translation>
    </message>
    <message>
        <source>Decides the release</source>
        <translation>Décide de la diffusion</translation>
    </message>
    <message>
        <source>Untick to only report this metric.</source>
        <translation>Décochez pour seulement signaler cette métrique.</translation>
    </message>
    <message>
        <source>Lower it below zero for &quot;never&quot;: the metric can warn but never fail.</source>
        <translation>Descendez sous zéro pour «&#xa0;jamais&#xa0;»&#xa0;: la métrique peut donner un avertissement mais jamais échouer.</translation>
    </message>
    <message>
        <source>Ticked: a failure here fails the result and needs a written justification to release.</source>
        <translation>Cochée&#xa0;: un échec ici fait échouer le résultat, qui ne peut alors être diffusé qu&apos;avec une justification écrite.</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Put back SynthStudio&apos;s thresholds for every metric.</source>
        <translation>Rétablir les seuils de SynthStudio pour chaque métrique.</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>plus élevée</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>plus basse</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>GeneratorsPage</name>
    <message>
        <source>Preset for {0}</source>
        <translation>Préréglage pour {0}</translation>
    </message>
    <message>
        <source>Fast trains briefly; Best quality trains longest and is most faithful.</source>
        <translation>«&#xa0;Rapide&#xa0;» entraîne brièvement&#xa0;; «&#xa0;Qualité maximale&#xa0;» entraîne le plus longtemps et est le plus fidèle.</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>estimation…</translation>
    </message>
    <message>
        <source>Choose one or more generators</source>
        <translation>Choisir un ou plusieurs générateurs</translation>
    </message>
    <message>
        <source>Pick a quick choice, or tick several generators to compare them. Times are estimates for this table ({0} rows × {1} columns) on this computer.</source>
        <translation>Utilisez un choix rapide, ou cochez plusieurs générateurs pour les comparer. Les durées sont des estimations pour cette table ({0} lignes × {1} colonnes) sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Quick choice:</source>
        <translation>Choix rapide&#xa0;:</translation>
    </message>
    <message>
        <source>Use {0} with the “{1}” preset.</source>
        <translation>Utiliser {0} avec le préréglage «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Générateur</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Estimate run times</source>
        <translation>Estimer les durées d&apos;exécution</translation>
    </message>
    <message>
        <source>GPU ({0})</source>
        <translation>GPU ({0})</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>processeur</translation>
    </message>
    <message>
        <source>≈ {0} · {1} MB · {2}</source>
        <translation>≈ {0} · {1} Mo · {2}</translation>
    </message>
    <message>
        <source>Uses the graphics card (GPU).</source>
        <translation>Utilise la carte graphique (GPU).</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a table</source>
        <translation>Importer une table</translation>
    </message>
    <message>
        <source>Confirm the column types</source>
        <translation>Confirmer les types de colonnes</translation>
    </message>
    <message>
        <source>SynthStudio guessed what each column holds. Correct any guess that is wrong.</source>
        <translation>SynthStudio a deviné ce que contient chaque colonne. Corrigez toute supposition erronée.</translation>
    </message>
    <message>
        <source>Give the columns their roles</source>
        <translation>Attribuer des rôles aux colonnes</translation>
    </message>
    <message>
        <source>Identifiers are never learned. Quasi-identifiers and sensitive columns are used to check privacy; the target is the outcome a model would predict.</source>
        <translation>Les identifiants ne sont jamais appris. Les quasi-identifiants et les colonnes sensibles servent à contrôler la confidentialité&#xa0;; la cible est le résultat qu&apos;un modèle prédirait.</translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <source>The work stopped because of an unexpected problem: {0}</source>
        <translation>La tâche s&apos;est arrêtée à cause d&apos;un problème inattendu&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Try again with other settings. If it happens again, copy the details and send them to your IT support.</source>
        <translation>Réessayez avec d&apos;autres paramètres. Si le problème se reproduit, copiez les détails et envoyez-les à votre support informatique.</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>Job: {0}</source>
        <translation>Tâche&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Progress of {0}</source>
        <translation>Progression de {0}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this job. Nothing is written.</source>
        <translation>Arrêter cette tâche. Rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>Cancel {0}</source>
        <translation>Annuler {0}</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Show why this job failed.</source>
        <translation>Afficher pourquoi cette tâche a échoué.</translation>
    </message>
    <message>
        <source>waiting in the queue</source>
        <translation>en attente dans la file</translation>
    </message>
    <message>
        <source>took {0}</source>
        <translation>durée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} elapsed</source>
        <translation>temps écoulé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>, about {0} left</source>
        <translation>, reste environ {0}</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>No jobs yet. Start one with Run ▸ Synthesize (Ctrl+R).</source>
        <translation>Aucune tâche pour l&apos;instant. Lancez-en une avec Exécution ▸ Synthétiser (Ctrl+R).</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Whole number</source>
        <translation>Nombre entier</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Nombre décimal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Oui / non</translation>
    </message>
    <message>
        <source>Date / time</source>
        <translation>Date / heure</translation>
    </message>
    <message>
        <source>Identifier (ID)</source>
        <translation>Identifiant (ID)</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinaire</translation>
    </message>
    <message>
        <source>Record identifier</source>
        <translation>Identifiant d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Direct identifier</source>
        <translation>Identifiant direct</translation>
    </message>
    <message>
        <source>Quasi-identifier</source>
        <translation>Quasi-identifiant</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Target (outcome)</source>
        <translation>Cible (résultat)</translation>
    </message>
    <message>
        <source>An ordinary column: learned and generated.</source>
        <translation>Une colonne ordinaire&#xa0;: apprise et générée.</translation>
    </message>
    <message>
        <source>A row number or record key. Never learned; new keys are made up.</source>
        <translation>Un numéro de ligne ou une clé d&apos;enregistrement. Jamais appris&#xa0;; de nouvelles clés sont inventées.</translation>
    </message>
    <message>
        <source>Names, e-mails, phone or ID numbers. Never learned; fake values replace them.</source>
        <translation>Noms, adresses e-mail, numéros de téléphone ou d&apos;identification. Jamais appris&#xa0;; des valeurs fictives les remplacent.</translation>
    </message>
    <message>
        <source>Age, postcode, sex…: harmless alone, identifying in combination. Used to check privacy.</source>
        <translation>Âge, code postal, sexe…&#xa0;: anodins isolément, identifiants une fois combinés. Utilisés pour contrôler la confidentialité.</translation>
    </message>
    <message>
        <source>A protected or sensitive attribute (health, ethnicity…). Used to check privacy and fairness.</source>
        <translation>Un attribut protégé ou sensible (santé, origine ethnique…). Utilisé pour contrôler la confidentialité et l&apos;équité.</translation>
    </message>
    <message>
        <source>The outcome a model will predict from the other columns. At most one.</source>
        <translation>Le résultat qu&apos;un modèle prédira à partir des autres colonnes. Une seule au maximum.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
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
        <translation>Cette table ressemble à des données synthétiques</translation>
    </message>
    <message>
        <source>Synthetic input warning</source>
        <translation>Avertissement&#xa0;: entrée synthétique</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été détecté</translation>
    </message>
    <message>
        <source>Data made from real data is generation 1; data made from generation 1 is generation 2, and so on.</source>
        <translation>Les données produites à partir de données réelles sont de génération 1&#xa0;; les données produites à partir de la génération 1 sont de génération 2, et ainsi de suite.</translation>
    </message>
    <message>
        <source>Estimated from the watermark in the numbers (or from the file&apos;s own description when the numbers cannot tell).</source>
        <translation>Estimée à partir du filigrane présent dans les nombres (ou à partir de la description propre au fichier lorsque les nombres ne permettent pas de le savoir).</translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation>Génération&#xa0;:</translation>
    </message>
    <message>
        <source>Synthetic share:</source>
        <translation>Part synthétique&#xa0;:</translation>
    </message>
    <message>
        <source>Dataset ID:</source>
        <translation>Identifiant du jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Watermark:</source>
        <translation>Filigrane&#xa0;:</translation>
    </message>
    <message>
        <source>z = {0} (4 or more means the numbers carry SynthStudio&apos;s watermark)</source>
        <translation>z = {0} (4 ou plus signifie que les nombres portent le filigrane de SynthStudio)</translation>
    </message>
    <message>
        <source>About {0} of this table appears to be synthetic data made by SynthStudio, mixed with other data.</source>
        <translation>Environ {0} de cette table semble être constitué de données synthétiques produites par SynthStudio, mélangées à d&apos;autres données.</translation>
    </message>
    <message>
        <source>Found because:</source>
        <translation>Détecté parce que&#xa0;:</translation>
    </message>
    <message>
        <source>Training a generator on synthetic data is like copying a copy: the new model learns the first model&apos;s mistakes as if they were facts and loses rare cases, a little more with each generation (this is called &lt;i&gt;model collapse&lt;/i&gt;). Use the original real data whenever you can.</source>
        <translation>Entraîner un générateur sur des données synthétiques revient à faire la copie d&apos;une copie&#xa0;: le nouveau modèle apprend les erreurs du premier comme s&apos;il s&apos;agissait de faits et perd les cas rares, un peu plus à chaque génération (on parle d&apos;&lt;i&gt;effondrement du modèle&lt;/i&gt;). Utilisez les données réelles d&apos;origine chaque fois que possible.</translation>
    </message>
    <message>
        <source>C&amp;ontinue anyway</source>
        <translation>C&amp;ontinuer quand même</translation>
    </message>
    <message>
        <source>Use this table; its synthetic origin is recorded in the new data&apos;s datasheet.</source>
        <translation>Utiliser cette table&#xa0;; son origine synthétique est consignée dans la fiche descriptive des nouvelles données.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Do not use this table.</source>
        <translation>Ne pas utiliser cette table.</translation>
    </message>
    <message>
        <source>This table appears to be synthetic data made by SynthStudio, not real data.</source>
        <translation>Cette table semble être constituée de données synthétiques produites par SynthStudio, et non de données réelles.</translation>
    </message>
    <message>
        <source>1 — it was generated from real data</source>
        <translation>1 — elles ont été générées à partir de données réelles</translation>
    </message>
    <message>
        <source>{0} — it was generated from data that was itself synthetic</source>
        <translation>{0} — elles ont été générées à partir de données elles-mêmes synthétiques</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesurée</translation>
    </message>
    <message>
        <source>about {0}</source>
        <translation>environ {0}</translation>
    </message>
    <message>
        <source>If you continue, the new synthetic data will be recorded as generation {0}, and its datasheet will name dataset {1} as its source.</source>
        <translation>Si vous continuez, les nouvelles données synthétiques seront enregistrées comme génération {0}, et leur fiche descriptive indiquera le jeu de données {1} comme source.</translation>
    </message>
    <message>
        <source>If you continue, the new synthetic data will be recorded as generation {0} in its datasheet.</source>
        <translation>Si vous continuez, les nouvelles données synthétiques seront enregistrées comme génération {0} dans leur fiche descriptive.</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>Training loss curve</source>
        <translation>Courbe de perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>How the model&apos;s error falls while it learns. A flat curve means it has stopped improving.</source>
        <translation>Comment l&apos;erreur du modèle diminue pendant l&apos;apprentissage. Une courbe plate signifie qu&apos;il ne s&apos;améliore plus.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>The loss curve of a learning generator
appears here while it trains.</source>
        <translation>La courbe de perte d&apos;un générateur à apprentissage
s&apos;affiche ici pendant son entraînement.</translation>
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
        <translation>Données réelles</translation>
    </message>
    <message>
        <source>Main views</source>
        <translation>Vues principales</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to SynthStudio&lt;/h2&gt;&lt;p&gt;Start by importing a table: &lt;b&gt;File ▸ Import data&lt;/b&gt; (Ctrl+I),&lt;br&gt;or open the sample dataset: &lt;b&gt;File ▸ Open sample dataset&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans SynthStudio&lt;/h2&gt;&lt;p&gt;Commencez par importer une table&#xa0;: &lt;b&gt;Fichier ▸ Importer des données&lt;/b&gt; (Ctrl+I),&lt;br&gt;ou ouvrez le jeu de données d&apos;exemple&#xa0;: &lt;b&gt;Fichier ▸ Ouvrir le jeu de données d&apos;exemple&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>Start an empty project.</source>
        <translation>Démarrer un projet vide.</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open a saved .synthstudio project.</source>
        <translation>Ouvrir un projet .synthstudio enregistré.</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save the project, with its settings and results.</source>
        <translation>Enregistrer le projet, avec ses paramètres et ses résultats.</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <source>Save the project under a new name.</source>
        <translation>Enregistrer le projet sous un nouveau nom.</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <source>Import a table (CSV, Excel, Parquet, Stata, SPSS).</source>
        <translation>Importer une table (CSV, Excel, Parquet, Stata, SPSS).</translation>
    </message>
    <message>
        <source>Open &amp;sample dataset</source>
        <translation>Ouvrir le jeu de données d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Open the bundled sample table (UCI Adult census extract).</source>
        <translation>Ouvrir la table d&apos;exemple fournie (extrait du recensement UCI Adult).</translation>
    </message>
    <message>
        <source>&amp;Locate data table…</source>
        <translation>&amp;Localiser la table de données…</translation>
    </message>
    <message>
        <source>Tell SynthStudio where the project&apos;s table is now.</source>
        <translation>Indiquer à SynthStudio où se trouve maintenant la table du projet.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close SynthStudio.</source>
        <translation>Fermer SynthStudio.</translation>
    </message>
    <message>
        <source>&amp;Synthesize…</source>
        <translation>&amp;Synthétiser…</translation>
    </message>
    <message>
        <source>Generate synthetic data from this table.</source>
        <translation>Générer des données synthétiques à partir de cette table.</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Diffuser…</translation>
    </message>
    <message>
        <source>Release results as watermarked, signed files with a datasheet.</source>
        <translation>Diffuser les résultats sous forme de fichiers filigranés et signés, avec une fiche descriptive.</translation>
    </message>
    <message>
        <source>&amp;Verify files…</source>
        <translation>&amp;Vérifier des fichiers…</translation>
    </message>
    <message>
        <source>Check whether files are unchanged SynthStudio releases, and who signed them.</source>
        <translation>Vérifier si des fichiers sont des diffusions SynthStudio non modifiées, et qui les a signés.</translation>
    </message>
    <message>
        <source>Release &amp;gate thresholds…</source>
        <translation>Seuils du &amp;contrôle avant diffusion…</translation>
    </message>
    <message>
        <source>When a result passes, warns or fails the release gate; saved with the project.</source>
        <translation>Définir quand un résultat réussit le contrôle avant diffusion, reçoit un avertissement ou échoue&#xa0;; enregistré avec le projet.</translation>
    </message>
    <message>
        <source>&amp;Cancel all jobs</source>
        <translation>&amp;Annuler toutes les tâches</translation>
    </message>
    <message>
        <source>Stop every running and waiting job.</source>
        <translation>Arrêter toutes les tâches en cours et en attente.</translation>
    </message>
    <message>
        <source>C&amp;lear finished jobs</source>
        <translation>&amp;Effacer les tâches terminées</translation>
    </message>
    <message>
        <source>Remove finished jobs from the jobs panel.</source>
        <translation>Retirer les tâches terminées du panneau des tâches.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Output folder, language, GPU use, organisation.</source>
        <translation>Dossier de sortie, langue, utilisation du GPU, organisation.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>How to use SynthStudio, step by step.</source>
        <translation>Comment utiliser SynthStudio, étape par étape.</translation>
    </message>
    <message>
        <source>&amp;About SynthStudio</source>
        <translation>À &amp;propos de SynthStudio</translation>
    </message>
    <message>
        <source>Version and licences.</source>
        <translation>Version et licences.</translation>
    </message>
    <message>
        <source>Show &amp;data</source>
        <translation>Afficher les &amp;données</translation>
    </message>
    <message>
        <source>Show &amp;results</source>
        <translation>Afficher les &amp;résultats</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>{0}[*] — SynthStudio</source>
        <translation>{0}[*] — SynthStudio</translation>
    </message>
    <message>
        <source>{0}: {1} rows × {2} columns</source>
        <translation>{0}&#xa0;: {1} lignes × {2} colonnes</translation>
    </message>
    <message>
        <source>{0} finished: {1} synthetic rows.</source>
        <translation>{0} terminé&#xa0;: {1} lignes synthétiques.</translation>
    </message>
    <message>
        <source>No table</source>
        <translation>Aucune table</translation>
    </message>
    <message>
        <source>{0} running, {1} waiting</source>
        <translation>{0} en cours, {1} en attente</translation>
    </message>
    <message>
        <source>The sample dataset is missing from this installation.</source>
        <translation>Le jeu de données d&apos;exemple est absent de cette installation.</translation>
    </message>
    <message>
        <source>Reinstall SynthStudio, or import your own table.</source>
        <translation>Réinstallez SynthStudio ou importez votre propre table.</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Ouvrir {0}</translation>
    </message>
    <message>
        <source>{0} was not opened: it looks like synthetic data.</source>
        <translation>{0} n&apos;a pas été ouvert&#xa0;: il semble s&apos;agir de données synthétiques.</translation>
    </message>
    <message>
        <source>{0} · seed {1}</source>
        <translation>{0} · graine {1}</translation>
    </message>
    <message>
        <source>Compare {0} with the real data</source>
        <translation>Comparer {0} aux données réelles</translation>
    </message>
    <message>
        <source>Release gate changed: results judged again.</source>
        <translation>Contrôle avant diffusion modifié&#xa0;: résultats réévalués.</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>SynthStudio projects (*{0})</source>
        <translation>Projets SynthStudio (*{0})</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>The project&apos;s data table was not found</source>
        <translation>La table de données du projet est introuvable</translation>
    </message>
    <message>
        <source>Where is {0} now?</source>
        <translation>Où se trouve {0} maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Save {0}</source>
        <translation>Enregistrer {0}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them first?</source>
        <translation>Le projet contient des modifications non enregistrées. Les enregistrer d&apos;abord&#xa0;?</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(aucun projet récent)</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Le guide de l&apos;utilisateur est absent de cette installation.</translation>
    </message>
    <message>
        <source>Reinstall SynthStudio.</source>
        <translation>Réinstallez SynthStudio.</translation>
    </message>
    <message>
        <source>SynthStudio user guide</source>
        <translation>Guide de l&apos;utilisateur de SynthStudio</translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation>Des tâches sont en cours</translation>
    </message>
    <message>
        <source>Some jobs are still running. Cancel them and quit?</source>
        <translation>Certaines tâches sont encore en cours. Les annuler et quitter&#xa0;?</translation>
    </message>
    <message>
        <source>Saving before closing…</source>
        <translation>Enregistrement avant la fermeture…</translation>
    </message>
    <message>
        <source>Cancelling jobs before closing…</source>
        <translation>Annulation des tâches avant la fermeture…</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>&amp;Fully synthetic</source>
        <translation>&amp;Entièrement synthétique</translation>
    </message>
    <message>
        <source>Fully synthetic from &amp;metadata only</source>
        <translation>Entièrement synthétique, à partir des &amp;métadonnées seules</translation>
    </message>
    <message>
        <source>&amp;Partially synthetic</source>
        <translation>Pa&amp;rtiellement synthétique</translation>
    </message>
    <message>
        <source>&amp;Hybrid — real and synthetic rows mixed</source>
        <translation>&amp;Hybride — lignes réelles et synthétiques mélangées</translation>
    </message>
    <message>
        <source>Every row is generated by a model that learned the patterns of your table. No real row is copied. The usual choice.</source>
        <translation>Chaque ligne est générée par un modèle qui a appris les tendances de votre table. Aucune ligne réelle n&apos;est copiée. Le choix habituel.</translation>
    </message>
    <message>
        <source>Every value is drawn only from each column&apos;s type and range. No real value, frequency or relationship is used: the safest data, but useful only for testing software, not for analysis.</source>
        <translation>Chaque valeur est tirée uniquement du type et de l&apos;étendue de chaque colonne. Aucune valeur, fréquence ou relation réelle n&apos;est utilisée&#xa0;: ce sont les données les plus sûres, mais elles ne servent qu&apos;à tester des logiciels, pas à l&apos;analyse.</translation>
    </message>
    <message>
        <source>The real rows are kept, and only the columns you tick below are replaced by generated values that fit the rest of each row. The other columns stay real, so they keep the privacy risk of the real data.</source>
        <translation>Les lignes réelles sont conservées, et seules les colonnes que vous cochez ci-dessous sont remplacées par des valeurs générées cohérentes avec le reste de chaque ligne. Les autres colonnes restent réelles&#xa0;: elles conservent donc le risque pour la confidentialité des données réelles.</translation>
    </message>
    <message>
        <source>Real rows and generated rows are mixed in the share you choose. The real rows are released unchanged (except identifiers), so they carry the full privacy risk of the real data.</source>
        <translation>Les lignes réelles et les lignes générées sont mélangées dans la proportion que vous choisissez. Les lignes réelles sont diffusées sans modification (sauf les identifiants)&#xa0;: elles portent donc tout le risque pour la confidentialité des données réelles.</translation>
    </message>
    <message>
        <source>What kind of synthetic data?</source>
        <translation>Quel type de données synthétiques&#xa0;?</translation>
    </message>
    <message>
        <source>Choose how much of the released table is generated. When unsure, keep “Fully synthetic”.</source>
        <translation>Choisissez quelle part de la table diffusée est générée. En cas de doute, conservez «&#xa0;Entièrement synthétique&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Columns to replace (sensitive and quasi-identifying columns are ticked):</source>
        <translation>&amp;Colonnes à remplacer (les colonnes sensibles et quasi-identifiantes sont cochées)&#xa0;:</translation>
    </message>
    <message>
        <source>Columns to replace</source>
        <translation>Colonnes à remplacer</translation>
    </message>
    <message>
        <source>Ticked columns are generated; the others stay exactly as in the real table. Press Space to tick or untick the selected column.</source>
        <translation>Les colonnes cochées sont générées&#xa0;; les autres restent exactement comme dans la table réelle. Appuyez sur Espace pour cocher ou décocher la colonne sélectionnée.</translation>
    </message>
    <message>
        <source>&amp;Synthetic share of the rows:</source>
        <translation>Part s&amp;ynthétique des lignes&#xa0;:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Synthetic share of the rows, in percent</source>
        <translation>Part synthétique des lignes, en pourcentage</translation>
    </message>
    <message>
        <source>How many of every hundred released rows are generated; the rest are real rows.</source>
        <translation>Combien de lignes sur cent lignes diffusées sont générées&#xa0;; les autres sont des lignes réelles.</translation>
    </message>
    <message>
        <source>&amp;Add a column saying which rows are real, named:</source>
        <translation>&amp;Ajouter une colonne indiquant quelles lignes sont réelles, nommée&#xa0;:</translation>
    </message>
    <message>
        <source>Each row gets “real” or “synthetic” in this column. Anyone with the table can then pick out the real rows.</source>
        <translation>Chaque ligne reçoit «&#xa0;real&#xa0;» ou «&#xa0;synthetic&#xa0;» dans cette colonne. Toute personne disposant de la table peut alors repérer les lignes réelles.</translation>
    </message>
    <message>
        <source>Name of the column saying which rows are real</source>
        <translation>Nom de la colonne indiquant quelles lignes sont réelles</translation>
    </message>
    <message>
        <source>The new column&apos;s name; it must differ from the table&apos;s columns.</source>
        <translation>Le nom de la nouvelle colonne&#xa0;; il doit être différent de ceux des colonnes de la table.</translation>
    </message>
</context>
<context>
    <name>ParametersPage</name>
    <message>
        <source>Rows, seed and settings</source>
        <translation>Lignes, graine et paramètres</translation>
    </message>
    <message>
        <source>The defaults are sensible. The same seed always gives the same synthetic table.</source>
        <translation>Les valeurs par défaut sont adaptées. La même graine donne toujours la même table synthétique.</translation>
    </message>
    <message>
        <source>as many as the training rows ({0})</source>
        <translation>autant que de lignes d&apos;entraînement ({0})</translation>
    </message>
    <message>
        <source>Number of synthetic rows</source>
        <translation>Nombre de lignes synthétiques</translation>
    </message>
    <message>
        <source>How many synthetic rows to generate.</source>
        <translation>Nombre de lignes synthétiques à générer.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>A number that makes the run repeatable: same data, settings and seed give the same result.</source>
        <translation>Un nombre qui rend l&apos;exécution reproductible&#xa0;: mêmes données, mêmes paramètres et même graine donnent le même résultat.</translation>
    </message>
    <message>
        <source>&amp;Rows to generate:</source>
        <translation>&amp;Lignes à générer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <source>Show &amp;advanced settings</source>
        <translation>Afficher les paramètres &amp;avancés</translation>
    </message>
    <message>
        <source>Each generator&apos;s own settings, preset by your choice.</source>
        <translation>Les paramètres propres à chaque générateur, préréglés selon votre choix.</translation>
    </message>
    <message>
        <source>Hide &amp;advanced settings</source>
        <translation>Masquer les paramètres &amp;avancés</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>This generator has no settings.</source>
        <translation>Ce générateur n&apos;a pas de paramètres.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the preview</source>
        <translation>Vérifier l&apos;aperçu</translation>
    </message>
    <message>
        <source>If the columns look wrong, change how the file is read.</source>
        <translation>Si les colonnes semblent incorrectes, modifiez la façon dont le fichier est lu.</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Encodage du texte</translation>
    </message>
    <message>
        <source>How letters are stored in the file. Change it if accents look wrong.</source>
        <translation>La façon dont les lettres sont stockées dans le fichier. Modifiez-le si les accents s&apos;affichent mal.</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>Séparateur de colonnes</translation>
    </message>
    <message>
        <source>The character between columns. Change it if everything is in one column.</source>
        <translation>Le caractère placé entre les colonnes. Modifiez-le si tout se trouve dans une seule colonne.</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>The character before decimals in numbers.</source>
        <translation>Le caractère placé avant les décimales dans les nombres.</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>Read the file again with these options.</source>
        <translation>Relire le fichier avec ces options.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>Séparate&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>Deci&amp;mal mark:</source>
        <translation>Séparateur &amp;décimal&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>Preview of the table</source>
        <translation>Aperçu de la table</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Read {0}</source>
        <translation>Lire {0}</translation>
    </message>
    <message>
        <source>{0} rows × {1} columns read from {2}.</source>
        <translation>{0} lignes × {1} colonnes lues dans {2}.</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <source>Problem with these settings</source>
        <translation>Problème avec ces paramètres</translation>
    </message>
</context>
<context>
    <name>ProvenanceTasks</name>
    <message>
        <source>{0} could not be checked: {1}</source>
        <translation>{0} n&apos;a pas pu être vérifié&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Check that the file is complete and not open in another program.</source>
        <translation>Vérifiez que le fichier est complet et qu&apos;il n&apos;est pas ouvert dans un autre programme.</translation>
    </message>
    <message>
        <source>Checking {0}</source>
        <translation>Vérification de {0}</translation>
    </message>
    <message>
        <source>Checked {0} item(s)</source>
        <translation>{0} élément(s) vérifié(s)</translation>
    </message>
</context>
<context>
    <name>ReleaseRunPage</name>
    <message>
        <source>Release progress</source>
        <translation>Progression de la diffusion</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the release. A release is written completely or not at all.</source>
        <translation>Arrêter la diffusion. Une diffusion est écrite entièrement ou pas du tout.</translation>
    </message>
    <message>
        <source>New signing certificate</source>
        <translation>Nouveau certificat de signature</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <source>Every file of the release, as listed in its signed manifest.</source>
        <translation>Chaque fichier de la diffusion, tel que répertorié dans son manifeste signé.</translation>
    </message>
    <message>
        <source>&amp;Files written:</source>
        <translation>&amp;Fichiers écrits&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the released files in the file manager.</source>
        <translation>Afficher les fichiers diffusés dans le gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Check the released files as a recipient would: fingerprints, signatures and watermark.</source>
        <translation>Vérifier les fichiers diffusés comme le ferait un destinataire&#xa0;: empreintes, signatures et filigrane.</translation>
    </message>
    <message>
        <source>Release into &amp;another folder…</source>
        <translation>Diffuser dans un a&amp;utre dossier…</translation>
    </message>
    <message>
        <source>Choose a folder that does not yet hold this release.</source>
        <translation>Choisissez un dossier qui ne contient pas encore cette diffusion.</translation>
    </message>
    <message>
        <source>Releasing</source>
        <translation>Diffusion en cours</translation>
    </message>
    <message>
        <source>Marking the values, writing the files, signing the datasheet and the manifest.</source>
        <translation>Marquage des valeurs, écriture des fichiers, signature de la fiche descriptive et du manifeste.</translation>
    </message>
    <message>
        <source>Release {0}</source>
        <translation>Diffuser {0}</translation>
    </message>
    <message>
        <source>Releasing {0}…</source>
        <translation>Diffusion de {0}…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Replace existing files?</source>
        <translation>Remplacer les fichiers existants&#xa0;?</translation>
    </message>
    <message>
        <source>{0}

Replace them with this release? The files now there will be lost.</source>
        <translation>{0}

Les remplacer par cette diffusion&#xa0;? Les fichiers qui s&apos;y trouvent actuellement seront perdus.</translation>
    </message>
    <message>
        <source>Nothing was written for {0}: the folder already holds files of this release, and they were kept. Choose another folder, or press Finish.</source>
        <translation>Rien n&apos;a été écrit pour {0}&#xa0;: le dossier contient déjà des fichiers de cette diffusion, et ils ont été conservés. Choisissez un autre dossier, ou cliquez sur Terminer.</translation>
    </message>
    <message>
        <source>The release of {0} did not complete; nothing of it was written.</source>
        <translation>La diffusion de {0} n&apos;a pas abouti&#xa0;; rien n&apos;en a été écrit.</translation>
    </message>
    <message>
        <source>Stopped. Nothing of {0} was written.</source>
        <translation>Arrêté. Aucun élément de {0} n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Choose another folder to release into</source>
        <translation>Choisir un autre dossier de diffusion</translation>
    </message>
    <message>
        <source>Release finished</source>
        <translation>Diffusion terminée</translation>
    </message>
    <message>
        <source>Give recipients the whole folder: the data, its descriptions, the signed datasheet and the signed manifest.</source>
        <translation>Remettez aux destinataires le dossier complet&#xa0;: les données, leurs descriptions, la fiche descriptive signée et le manifeste signé.</translation>
    </message>
    <message>
        <source>Release stopped</source>
        <translation>Diffusion arrêtée</translation>
    </message>
    <message>
        <source>A release is written completely or not at all; no existing file was replaced.</source>
        <translation>Une diffusion est écrite entièrement ou pas du tout&#xa0;; aucun fichier existant n&apos;a été remplacé.</translation>
    </message>
    <message>
        <source>Released {0} dataset(s). Every file is listed in a signed manifest.</source>
        <translation>{0} jeu(x) de données diffusé(s). Chaque fichier est répertorié dans un manifeste signé.</translation>
    </message>
    <message>
        <source>SynthStudio created a signing certificate for {0} on this computer; its fingerprint is {1}. Publish this fingerprint (for example on your website) so that recipients can check that your datasheets really come from you.</source>
        <translation>SynthStudio a créé un certificat de signature pour {0} sur cet ordinateur&#xa0;; son empreinte est {1}. Publiez cette empreinte (par exemple sur votre site web) afin que les destinataires puissent vérifier que vos fiches descriptives proviennent bien de vous.</translation>
    </message>
    <message>
        <source>Dataset {0} in {1}</source>
        <translation>Jeu de données {0} dans {1}</translation>
    </message>
    <message>
        <source>synthetic data ({0})</source>
        <translation>données synthétiques ({0})</translation>
    </message>
    <message>
        <source>description of the data file (JSON-LD)</source>
        <translation>description du fichier de données (JSON-LD)</translation>
    </message>
    <message>
        <source>datasheet, signed (PDF)</source>
        <translation>fiche descriptive signée (PDF)</translation>
    </message>
    <message>
        <source>list of every file with its fingerprint (manifest)</source>
        <translation>liste de tous les fichiers avec leur empreinte (manifeste)</translation>
    </message>
    <message>
        <source>signature of the manifest</source>
        <translation>signature du manifeste</translation>
    </message>
</context>
<context>
    <name>ReleaseWizard</name>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>passed with warnings</source>
        <translation>réussi avec avertissements</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>{0} — {1} rows — release gate: {2}</source>
        <translation>{0} — {1} lignes — contrôle avant diffusion&#xa0;: {2}</translation>
    </message>
    <message>
        <source>Release synthetic data</source>
        <translation>Diffuser des données synthétiques</translation>
    </message>
    <message>
        <source> (each release adds its result&apos;s name)</source>
        <translation> (chaque diffusion ajoute le nom de son résultat)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Data files</source>
        <translation>Fichiers de données</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Intended uses</source>
        <translation>Utilisations prévues</translation>
    </message>
    <message>
        <source>Prohibited uses</source>
        <translation>Utilisations interdites</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Choose what to release</source>
        <translation>Choisir ce qu&apos;il faut diffuser</translation>
    </message>
    <message>
        <source>Each chosen result becomes one release: its data files with their descriptions, a signed datasheet and a signed list of the files (manifest).</source>
        <translation>Chaque résultat choisi donne lieu à une diffusion&#xa0;: ses fichiers de données avec leurs descriptions, une fiche descriptive signée et une liste signée des fichiers (manifeste).</translation>
    </message>
    <message>
        <source>Results that can be released</source>
        <translation>Résultats pouvant être diffusés</translation>
    </message>
    <message>
        <source>Tick each result to release. The light shows its release-gate result.</source>
        <translation>Cochez chaque résultat à diffuser. Le voyant indique son résultat au contrôle avant diffusion.</translation>
    </message>
    <message>
        <source>&amp;Results (Space ticks or unticks the selected one):</source>
        <translation>&amp;Résultats (la barre d&apos;espace coche ou décoche le résultat sélectionné)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Each finished run. Pick one to compare it with the real table.</source>
        <translation>Chaque exécution terminée. Choisissez-en une pour la comparer à la table réelle.</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>Real data</source>
        <translation>Données réelles</translation>
    </message>
    <message>
        <source>Synthetic data</source>
        <translation>Données synthétiques</translation>
    </message>
    <message>
        <source>Column to compare</source>
        <translation>Colonne à comparer</translation>
    </message>
    <message>
        <source>The column whose real and synthetic distributions are drawn.</source>
        <translation>La colonne dont les distributions réelle et synthétique sont tracées.</translation>
    </message>
    <message>
        <source>Distribution of real and synthetic values</source>
        <translation>Distribution des valeurs réelles et synthétiques</translation>
    </message>
    <message>
        <source>Compare &amp;column:</source>
        <translation>Comparer la &amp;colonne&#xa0;:</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>Vues des résultats</translation>
    </message>
    <message>
        <source>&amp;Selected result</source>
        <translation>Résultat &amp;sélectionné</translation>
    </message>
    <message>
        <source>Co&amp;mpare results</source>
        <translation>Co&amp;mparer les résultats</translation>
    </message>
    <message>
        <source>All measured results side by side: scores and charts.</source>
        <translation>Tous les résultats mesurés côte à côte&#xa0;: scores et graphiques.</translation>
    </message>
    <message>
        <source>F&amp;airness</source>
        <translation>É&amp;quité</translation>
    </message>
    <message>
        <source>The selected result&apos;s fairness target: whether the released data reaches it, before/after charts and the bias that remains.</source>
        <translation>L&apos;objectif d&apos;équité du résultat sélectionné&#xa0;: si les données diffusées l&apos;atteignent, les graphiques avant/après et les biais résiduels.</translation>
    </message>
    <message>
        <source>No results yet.
Import a table, then choose Run ▸ Synthesize (Ctrl+R).</source>
        <translation>Aucun résultat pour l&apos;instant.
Importez une table, puis choisissez Exécution ▸ Synthétiser (Ctrl+R).</translation>
    </message>
    <message>
        <source>{0:,} synthetic rows</source>
        <translation>{0:,} lignes synthétiques</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Seed: {0}</source>
        <translation>Graine&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Rows: {0:,}</source>
        <translation>Lignes&#xa0;: {0:,}</translation>
    </message>
    <message>
        <source>Device: {0}</source>
        <translation>Matériel de calcul&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Time: {0}</source>
        <translation>Durée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not saved yet: save the project to keep it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Pas encore enregistré&#xa0;: enregistrez le projet pour le conserver.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Comparing the synthetic data with the real data…</source>
        <translation>Comparaison des données synthétiques avec les données réelles…</translation>
    </message>
</context>
<context>
    <name>SchemaPage</name>
    <message>
        <source>Double-click a value in the second column (or select it and press F2) to change it. Hover over a column&apos;s name to see why it was detected this way.</source>
        <translation>Double-cliquez sur une valeur de la deuxième colonne (ou sélectionnez-la et appuyez sur F2) pour la modifier. Survolez le nom d&apos;une colonne pour voir pourquoi elle a été détectée ainsi.</translation>
    </message>
</context>
<context>
    <name>ScoreTableWidget</name>
    <message>
        <source>Scores of each generator</source>
        <translation>Scores de chaque générateur</translation>
    </message>
    <message>
        <source>Release gate (overall)</source>
        <translation>Contrôle avant diffusion (global)</translation>
    </message>
    <message>
        <source> (advisory)</source>
        <translation> (indicatif)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>Where synthetic tables and reports are saved by default.</source>
        <translation>L&apos;emplacement où les tables synthétiques et les rapports sont enregistrés par défaut.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the output folder.</source>
        <translation>Choisir le dossier de sortie.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the application. Takes effect when you restart it.</source>
        <translation>La langue de l&apos;application. Prend effet au redémarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Use the graphics card (GPU) when there is one</source>
        <translation>Utiliser la carte graphique (GPU) si elle est disponible</translation>
    </message>
    <message>
        <source>Neural generators learn much faster on an NVIDIA graphics card. Turn this off to always use the processor.</source>
        <translation>Les générateurs neuronaux apprennent beaucoup plus vite sur une carte graphique NVIDIA. Désactivez cette option pour toujours utiliser le processeur.</translation>
    </message>
    <message>
        <source>Generators run at the same time</source>
        <translation>Générateurs exécutés simultanément</translation>
    </message>
    <message>
        <source>How many generators may learn at the same time. 1 is best on an ordinary computer; the others wait in a queue.</source>
        <translation>Nombre de générateurs qui peuvent apprendre en même temps. 1 est le meilleur choix sur un ordinateur ordinaire&#xa0;; les autres attendent dans une file.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>e.g. National Statistics Office</source>
        <translation>p. ex. Institut national de la statistique</translation>
    </message>
    <message>
        <source>Printed on datasheets and used for the signing certificate.</source>
        <translation>Imprimé sur les fiches descriptives et utilisé pour le certificat de signature.</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Dossier de &amp;sortie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Computing:</source>
        <translation>Calcul&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Generators at once:</source>
        <translation>&amp;Générateurs simultanés&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Choisir le dossier de sortie</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Loading the synthesis libraries… {0} %</source>
        <translation>Chargement des bibliothèques de synthèse… {0}&#xa0;%</translation>
    </message>
    <message>
        <source>Opening the main window…</source>
        <translation>Ouverture de la fenêtre principale…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check and release</source>
        <translation>Vérifier et diffuser</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Press Release to write the files.</source>
        <translation>Rien n&apos;a encore été écrit. Cliquez sur Diffuser pour écrire les fichiers.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Diffuser</translation>
    </message>
    <message>
        <source>Summary of the release</source>
        <translation>Récapitulatif de la diffusion</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Certificat de signature</translation>
    </message>
    <message>
        <source>Use my organisation&apos;s &amp;certificate (.p12)…</source>
        <translation>Utiliser le &amp;certificat de mon organisation (.p12)…</translation>
    </message>
    <message>
        <source>Sign with a certificate your organisation issued (a PKCS#12 file with its private key) instead of one SynthStudio creates.</source>
        <translation>Signer avec un certificat délivré par votre organisation (un fichier PKCS#12 avec sa clé privée) au lieu de celui que crée SynthStudio.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature:&lt;/b&gt; SynthStudio will create a signing certificate for {0} on this computer when you release (only the first time).</source>
        <translation>&lt;b&gt;Signature&#xa0;:&lt;/b&gt; SynthStudio créera un certificat de signature pour {0} sur cet ordinateur lors de la diffusion (la première fois seulement).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature:&lt;/b&gt; your organisation&apos;s certificate ({0}), fingerprint {1}.</source>
        <translation>&lt;b&gt;Signature&#xa0;:&lt;/b&gt; le certificat de votre organisation ({0}), empreinte {1}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature:&lt;/b&gt; the certificate SynthStudio created for {0} on this computer, fingerprint {1}.</source>
        <translation>&lt;b&gt;Signature&#xa0;:&lt;/b&gt; le certificat que SynthStudio a créé pour {0} sur cet ordinateur, empreinte {1}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature:&lt;/b&gt; the organisation&apos;s name changed, so SynthStudio will create a new signing certificate for {0} (the one for {1} is kept aside).</source>
        <translation>&lt;b&gt;Signature&#xa0;:&lt;/b&gt; le nom de l&apos;organisation a changé&#xa0;; SynthStudio va donc créer un nouveau certificat de signature pour {0} (celui de {1} est mis de côté).</translation>
    </message>
    <message>
        <source>Choose your organisation&apos;s certificate</source>
        <translation>Choisir le certificat de votre organisation</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificats PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Mot de passe du certificat</translation>
    </message>
    <message>
        <source>Password of {0}:</source>
        <translation>Mot de passe de {0}&#xa0;:</translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>Prêt à démarrer</translation>
    </message>
    <message>
        <source>The generators run one after the other in the background. You can keep working and cancel at any time.</source>
        <translation>Les générateurs s&apos;exécutent l&apos;un après l&apos;autre en arrière-plan. Vous pouvez continuer à travailler et annuler à tout moment.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Kind of data:&lt;/b&gt; {0}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Type de données&#xa0;:&lt;/b&gt; {0}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none — the synthetic data keeps the patterns of the real table, including its biases</source>
        <translation>aucun — les données synthétiques conservent les tendances de la table réelle, y compris ses biais</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fairness target:&lt;/b&gt; {0}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Objectif d&apos;équité&#xa0;:&lt;/b&gt; {0}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;{0}&lt;/b&gt;, seed {1}, {2} rows&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;{0}&lt;/b&gt;, graine {1}, lignes&#xa0;: {2}&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;{0}&lt;/b&gt;, seed {1}, as many rows as the training rows ({2})&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;{0}&lt;/b&gt;, graine {1}, autant de lignes que pour l&apos;entraînement ({2})&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;These runs will be queued:&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Ces exécutions seront placées dans la file d&apos;attente&#xa0;:&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>SynthesisWizard</name>
    <message>
        <source>Fast</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>Best quality</source>
        <translation>Qualité maximale</translation>
    </message>
    <message>
        <source>Synthesize</source>
        <translation>Synthétiser</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>{0}, replacing the columns {1}</source>
        <translation>{0}, en remplaçant les colonnes {1}</translation>
    </message>
    <message>
        <source>{0}, {1} of the rows synthetic</source>
        <translation>{0}, {1} de lignes synthétiques</translation>
    </message>
    <message>
        <source>, with a column “{0}” saying which rows are real</source>
        <translation>, avec une colonne «&#xa0;{0}&#xa0;» indiquant quelles lignes sont réelles</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Detecting column types</source>
        <translation>Détection des types de colonnes</translation>
    </message>
    <message>
        <source>Drawing column previews</source>
        <translation>Création des aperçus de colonnes</translation>
    </message>
    <message>
        <source>Table ready</source>
        <translation>Table prête</translation>
    </message>
    <message>
        <source>Checking the data table</source>
        <translation>Vérification de la table de données</translation>
    </message>
    <message>
        <source>Reading results</source>
        <translation>Lecture des résultats</translation>
    </message>
    <message>
        <source>Project open</source>
        <translation>Projet ouvert</translation>
    </message>
    <message>
        <source>Saving the project</source>
        <translation>Enregistrement du projet</translation>
    </message>
    <message>
        <source>The project could not be saved.</source>
        <translation>Le projet n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify files</source>
        <translation>Vérifier des fichiers</translation>
    </message>
    <message>
        <source>Check whether files are SynthStudio synthetic data, unchanged since release, and who signed them. Choose data files, signed PDF datasheets, a release manifest or a whole release folder, or drop them here. Nothing is changed.</source>
        <translation>Vérifier si des fichiers sont des données synthétiques SynthStudio, inchangées depuis leur diffusion, et qui les a signés. Choisissez des fichiers de données, des fiches descriptives PDF signées, un manifeste de diffusion ou un dossier de diffusion complet, ou déposez-les ici. Rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>Check &amp;files…</source>
        <translation>Vérifier des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Choose one or more data files, PDFs or a manifest.json.</source>
        <translation>Choisir un ou plusieurs fichiers de données, des PDF ou un manifest.json.</translation>
    </message>
    <message>
        <source>Check a f&amp;older…</source>
        <translation>Vérifier un &amp;dossier…</translation>
    </message>
    <message>
        <source>Choose a release folder (with its manifest.json) or a folder of files.</source>
        <translation>Choisir un dossier de diffusion (avec son manifest.json) ou un dossier de fichiers.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop checking; the results so far are discarded.</source>
        <translation>Arrêter la vérification&#xa0;; les résultats obtenus jusqu&apos;ici sont abandonnés.</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Results, one line per file</source>
        <translation>Résultats, une ligne par fichier</translation>
    </message>
    <message>
        <source>Select a line to see its details below.</source>
        <translation>Sélectionnez une ligne pour en voir les détails ci-dessous.</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Détails du fichier sélectionné</translation>
    </message>
    <message>
        <source>Select and copy any part, or use Copy report for everything.</source>
        <translation>Sélectionnez et copiez n&apos;importe quelle partie, ou utilisez Copier le rapport pour tout copier.</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>Dé&amp;tails&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Copy the verdicts and details of every file to the clipboard.</source>
        <translation>Copier les verdicts et les détails de tous les fichiers dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Choose files to check</source>
        <translation>Choisir les fichiers à vérifier</translation>
    </message>
    <message>
        <source>Data, datasheets and manifests (*.csv *.xlsx *.xlsm *.parquet *.pdf *.json *.p7s *.tsv *.txt *.dta *.sav);;All files (*)</source>
        <translation>Données, fiches descriptives et manifestes (*.csv *.xlsx *.xlsm *.parquet *.pdf *.json *.p7s *.tsv *.txt *.dta *.sav);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a release folder</source>
        <translation>Choisir un dossier de diffusion</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <source>Verify {0}</source>
        <translation>Vérifier {0}</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>{0} éléments</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Stopped. Choose files again to check them.</source>
        <translation>Arrêté. Choisissez de nouveau des fichiers pour les vérifier.</translation>
    </message>
    <message>
        <source>There was nothing to check: no data files, PDFs or manifests were found.</source>
        <translation>Il n&apos;y avait rien à vérifier&#xa0;: aucun fichier de données, PDF ou manifeste n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>Checked {0} item(s). Select a line to see its details.</source>
        <translation>{0} élément(s) vérifié(s). Sélectionnez une ligne pour en voir les détails.</translation>
    </message>
</context>
<context>
    <name>VerifyReport</name>
    <message>
        <source>CHANGED since release</source>
        <translation>MODIFIÉ depuis la diffusion</translation>
    </message>
    <message>
        <source>Manifest signature BROKEN</source>
        <translation>Signature du manifeste INVALIDE</translation>
    </message>
    <message>
        <source>Synthetic data, not listed in a manifest</source>
        <translation>Données synthétiques, absentes de tout manifeste</translation>
    </message>
    <message>
        <source>Watermark found, no description</source>
        <translation>Filigrane trouvé, sans description</translation>
    </message>
    <message>
        <source>No sign of SynthStudio data</source>
        <translation>Aucun signe de données SynthStudio</translation>
    </message>
    <message>
        <source>found</source>
        <translation>trouvé</translation>
    </message>
    <message>
        <source>weak signs (possibly a small synthetic part)</source>
        <translation>signes faibles (peut-être une petite part synthétique)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>non trouvé</translation>
    </message>
    <message>
        <source>too few suitable numbers to test</source>
        <translation>trop peu de nombres utilisables pour le test</translation>
    </message>
    <message>
        <source>Unchanged since release</source>
        <translation>Inchangé depuis la diffusion</translation>
    </message>
    <message>
        <source>Unchanged, but the manifest is not signed</source>
        <translation>Inchangé, mais le manifeste n&apos;est pas signé</translation>
    </message>
    <message>
        <source>Data file ({0})</source>
        <translation>Fichier de données ({0})</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Fichier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Kind: {0}</source>
        <translation>Type&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Verdict: {0}</source>
        <translation>Verdict&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Metadata found: {0}</source>
        <translation>Métadonnées trouvées&#xa0;: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Remarque&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Release manifest: none lists this file, so changes cannot be detected</source>
        <translation>Manifeste de diffusion&#xa0;: aucun ne répertorie ce fichier, les modifications ne peuvent donc pas être détectées</translation>
    </message>
    <message>
        <source>Release manifest: the file&apos;s fingerprint matches {0}</source>
        <translation>Manifeste de diffusion&#xa0;: l&apos;empreinte du fichier correspond à {0}</translation>
    </message>
    <message>
        <source>Release manifest: the file&apos;s fingerprint DIFFERS from {0}</source>
        <translation>Manifeste de diffusion&#xa0;: l&apos;empreinte du fichier DIFFÈRE de {0}</translation>
    </message>
    <message>
        <source>  Changed columns: {0}</source>
        <translation>  Colonnes modifiées&#xa0;: {0}</translation>
    </message>
    <message>
        <source>  Removed columns: {0}</source>
        <translation>  Colonnes supprimées&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Manifest signature: {0}</source>
        <translation>Signature du manifeste&#xa0;: {0}</translation>
    </message>
    <message>
        <source>  Signer: {0}</source>
        <translation>  Signataire&#xa0;: {0}</translation>
    </message>
    <message>
        <source>  Certificate fingerprint (SHA-256): {0}</source>
        <translation>  Empreinte du certificat (SHA-256)&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Watermark: not checked (the values could not be read)</source>
        <translation>Filigrane&#xa0;: non vérifié (les valeurs n&apos;ont pas pu être lues)</translation>
    </message>
    <message>
        <source>Watermark: {0}</source>
        <translation>Filigrane&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Organisation key</source>
        <translation>Clé de l&apos;organisation</translation>
    </message>
    <message>
        <source>  Dataset ID: {0} (read from the numbers)</source>
        <translation>  Identifiant du jeu de données&#xa0;: {0} (lu dans les nombres)</translation>
    </message>
    <message>
        <source>  Dataset ID: {0} (from the descriptions only)</source>
        <translation>  Identifiant du jeu de données&#xa0;: {0} (d&apos;après les descriptions uniquement)</translation>
    </message>
    <message>
        <source>  Dataset ID: not found</source>
        <translation>  Identifiant du jeu de données&#xa0;: non trouvé</translation>
    </message>
    <message>
        <source>  Estimated synthetic share: {0}</source>
        <translation>  Part synthétique estimée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>  Rows: {0} (released: {1})</source>
        <translation>  Lignes&#xa0;: {0} (diffusées&#xa0;: {1})</translation>
    </message>
    <message>
        <source>  {0}: z = {1} from {2} distinct numbers (4 or more means watermarked)</source>
        <translation>  {0}&#xa0;: z = {1} sur {2} nombres distincts (4 ou plus signifie que le filigrane est présent)</translation>
    </message>
    <message>
        <source>  Dataset ID: {0} (confirmed by the numbers, z = {1})</source>
        <translation>  Identifiant du jeu de données&#xa0;: {0} (confirmé par les nombres, z = {1})</translation>
    </message>
    <message>
        <source>about {0}</source>
        <translation>environ {0}</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesurée</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Signature intact, trusted certificate</source>
        <translation>Signature intacte, certificat de confiance</translation>
    </message>
    <message>
        <source>Signature intact</source>
        <translation>Signature intacte</translation>
    </message>
    <message>
        <source>Damaged or not a PDF</source>
        <translation>Endommagé ou pas un PDF</translation>
    </message>
    <message>
        <source>Signature BROKEN</source>
        <translation>Signature INVALIDE</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Release manifest: the file&apos;s fingerprint matches</source>
        <translation>Manifeste de diffusion&#xa0;: l&apos;empreinte du fichier correspond</translation>
    </message>
    <message>
        <source>Release manifest: the file&apos;s fingerprint DIFFERS</source>
        <translation>Manifeste de diffusion&#xa0;: l&apos;empreinte du fichier DIFFÈRE</translation>
    </message>
    <message>
        <source>Signature: {0}</source>
        <translation>Signature&#xa0;: {0}</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intacte</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>INVALIDE</translation>
    </message>
    <message>
        <source>Signed by: {0}</source>
        <translation>Signé par&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Certificate: {0}</source>
        <translation>Certificat&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {0}</source>
        <translation>Empreinte du certificat (SHA-256)&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Certificate trust: {0}</source>
        <translation>Confiance dans le certificat&#xa0;: {0}</translation>
    </message>
    <message>
        <source>one you trust</source>
        <translation>un certificat auquel vous faites confiance</translation>
    </message>
    <message>
        <source>self-signed: compare the fingerprint with the one the organisation published</source>
        <translation>autosigné&#xa0;: comparez l&apos;empreinte avec celle publiée par l&apos;organisation</translation>
    </message>
    <message>
        <source>not among the certificates you trust</source>
        <translation>ne figure pas parmi les certificats auxquels vous faites confiance</translation>
    </message>
    <message>
        <source>Signed at: {0}</source>
        <translation>Signé le&#xa0;: {0}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Covers the whole file: {0}</source>
        <translation>Couvre l&apos;ensemble du fichier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Attached files: {0}</source>
        <translation>Fichiers joints&#xa0;: {0}</translation>
    </message>
    <message>
        <source>NOT as released</source>
        <translation>NON conforme à la diffusion</translation>
    </message>
    <message>
        <source>All files as released</source>
        <translation>Tous les fichiers sont conformes à la diffusion</translation>
    </message>
    <message>
        <source>Files match, but the manifest is not signed</source>
        <translation>Les fichiers correspondent, mais le manifeste n&apos;est pas signé</translation>
    </message>
    <message>
        <source>Release folder</source>
        <translation>Dossier de diffusion</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>Dossier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Dataset ID: {0}</source>
        <translation>Identifiant du jeu de données&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Missing files: {0}</source>
        <translation>Fichiers manquants&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Files not part of the release: {0}</source>
        <translation>Fichiers ne faisant pas partie de la diffusion&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Datasheet (signed PDF)</source>
        <translation>Fiche descriptive (PDF signé)</translation>
    </message>
    <message>
        <source>Listed in the manifest</source>
        <translation>Répertorié dans le manifeste</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MANQUANT</translation>
    </message>
    <message>
        <source>Verdict: the manifest lists this file, but it is not in the folder.</source>
        <translation>Verdict&#xa0;: le manifeste répertorie ce fichier, mais il ne se trouve pas dans le dossier.</translation>
    </message>
    <message>
        <source>Description (JSON-LD)</source>
        <translation>Description (JSON-LD)</translation>
    </message>
    <message>
        <source>Release file</source>
        <translation>Fichier de la diffusion</translation>
    </message>
    <message>
        <source>Problem: {0}</source>
        <translation>Problème&#xa0;: {0}</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Que faire&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>N&apos;a pas pu être vérifié</translation>
    </message>
</context>
</TS>
