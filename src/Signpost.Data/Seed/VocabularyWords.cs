namespace Signpost.Data.Seed;

/// <summary>Enum values as the hyphenated words of seed files, URLs and feeds: AccessRoute.DropIn is "drop-in".</summary>
public static class VocabularyWords
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Vocabulary.ToWord(value);
}
