using Signpost.Core.Markdown;

namespace Signpost.Core.Tests.Markdown;

/// <summary>The plain-text shortcut must give exactly what Markdig gives, or search would index different words.</summary>
public class PlainLineTests
{
    private const string Plain = "aAbiIvx019 .,;:'()?/%£-–’é\u00A0wWmailtohps";
    private const string Special = "\t\n\r*_~^+=[]!<>#|&{}$\"\\`@";

    [Theory]
    [InlineData("Sessions run every Thursday from 18:30 to 20:30. The service is free of charge.")]
    [InlineData("Support for 16 and over; drop-in, one-to-one and online (call 0800 1111).")]
    [InlineData("Café open to parents’ groups 50% of the time ")]
    public void Ordinary_sentences_take_the_shortcut_and_match_markdig(string text)
    {
        Assert.True(SafeMarkdown.IsPlainLine(text));
        Assert.Equal(SafeMarkdown.ParsedPlainText(text), SafeMarkdown.ToPlainText(text));
    }

    [Theory]
    [InlineData("1. First step")]
    [InlineData("a) option")]
    [InlineData("iv. fourth")]
    [InlineData("- a list")]
    [InlineData("See www.nhs.uk for more")]
    [InlineData("Visit https://example.org now")]
    [InlineData("Email mailto:help@example.org")]
    [InlineData("Fish &amp; chips")]
    [InlineData("A **bold** claim")]
    [InlineData("Two\nlines")]
    public void Markdown_goes_through_markdig(string text) => Assert.False(SafeMarkdown.IsPlainLine(text));

    [Fact]
    public void Random_lines_give_the_same_text_as_markdig()
    {
        var random = new Random(20261122);
        var shortcuts = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(1, 40)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = random.Next(10) == 0 ? Special[random.Next(Special.Length)] : Plain[random.Next(Plain.Length)];
            }

            var text = new string(chars);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (SafeMarkdown.IsPlainLine(text))
            {
                shortcuts++;
            }

            Assert.True(SafeMarkdown.ToPlainText(text) == SafeMarkdown.ParsedPlainText(text), $"different for \"{text}\"");
        }

        Assert.True(shortcuts > 2_000, $"only {shortcuts} random lines took the shortcut");
    }
}
