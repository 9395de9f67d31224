using Transcribe.Core.Consensus;
using Transcribe.Core.Templates;

namespace Transcribe.Core.Tests.Templates;

public sealed class TemplateConsensusTests
{
    static TemplateField F(string key, string term = "", FieldKind kind = FieldKind.Text, FieldScope scope = FieldScope.Row) =>
        new(key, key, kind, scope, DwcTerm: term);

    [Fact]
    public void RowKey_IsTheLocalityNumber_BeforeACatalogueOrFieldNumber()
    {
        Assert.Equal("locality", TemplateConsensus.RowKey([F("field_no", "recordNumber"), F("catalog", "catalogNumber"), F("locality", "locationID")]));
        Assert.Equal("catalog", TemplateConsensus.RowKey([F("field_no", "recordNumber"), F("catalog", "catalogNumber")]));
        Assert.Equal("field_no", TemplateConsensus.RowKey([F("collector", "recordedBy"), F("field_no", "recordNumber")]));
    }

    [Fact]
    public void RowKey_WhenNoFieldIdentifiesARow_IsNone()
    {
        Assert.Null(TemplateConsensus.RowKey([F("collector", "recordedBy"), F("remarks")]));
    }

    [Fact]
    public void RowKey_NeverPicksAPageField()
    {
        Assert.Null(TemplateConsensus.RowKey([F("volume", "locationID", scope: FieldScope.Page), F("collector", "recordedBy")]));
    }

    [Fact]
    public void ToPageTemplate_SplitsRowAndPageFields_WithTheirComparisonTypes_AndMarksTheKey()
    {
        var template = TemplateConsensus.ToPageTemplate(
        [
            F("locality_number", "locationID"), F("date", "eventDate", FieldKind.Date), F("folio", kind: FieldKind.Integer, scope: FieldScope.Page),
            F("remarks", kind: FieldKind.LongText), F("checked", kind: FieldKind.YesNo),
        ]);

        Assert.Equal(
            [new FieldSpec("locality_number", FieldType.Text, true), new FieldSpec("date", FieldType.Date), new FieldSpec("remarks", FieldType.LongText),
             new FieldSpec("checked", FieldType.Choice)],
            template.RowFields);
        Assert.Equal([new FieldSpec("folio", FieldType.Integer)], template.PageFieldsOrEmpty);
    }
}
