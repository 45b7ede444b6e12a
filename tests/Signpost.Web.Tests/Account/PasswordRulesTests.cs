using Signpost.Web.Features.Account.Passwords;

namespace Signpost.Web.Tests.Account;

public sealed class PasswordRulesTests
{
    private static readonly CommonPasswords Common = new();

    private static IEnumerable<string> Codes(string password, string email = "jo.bloggs@example.org") =>
        PasswordRules.Check(password, email, Common).Select(p => p.Code);

    [Fact]
    public void The_shipped_list_holds_a_few_hundred_common_passwords() => Assert.InRange(Common.Count, 300, 100_000);

    [Theory]
    [InlineData("kettle orbit parsnip")]
    [InlineData("correct horse battery staple but longer")]
    [InlineData("Zq8#mW2!vL4^pR")]
    [InlineData("twelve chars")]
    public void Long_uncommon_passwords_pass_without_any_character_class_rules(string password) => Assert.Empty(Codes(password));

    [Theory]
    [InlineData("", PasswordRules.TooShortCode)]
    [InlineData("elevenchars", PasswordRules.TooShortCode)]
    [InlineData("password1234", PasswordRules.CommonCode)]
    [InlineData("Password1234!", PasswordRules.CommonCode)]
    [InlineData("P@ssw0rd2026", PasswordRules.CommonCode)]
    [InlineData("iloveyou123456", PasswordRules.CommonCode)]
    [InlineData("123456789012", PasswordRules.CommonCode)]
    [InlineData("abcdefghijklmn", PasswordRules.CommonCode)]
    [InlineData("aaaaaaaaaaaa", PasswordRules.CommonCode)]
    [InlineData("abcabcabcabc", PasswordRules.CommonCode)]
    [InlineData("monkeymonkeymonkey", PasswordRules.CommonCode)]
    [InlineData("summer2026!!", PasswordRules.CommonCode)]
    [InlineData("jo.bloggs rides again", PasswordRules.ContainsEmailCode)]
    [InlineData("JO.BLOGGS@EXAMPLE.ORG", PasswordRules.ContainsEmailCode)]
    public void Weak_passwords_are_named_by_their_problem(string password, string code) => Assert.Contains(code, Codes(password));

    [Fact]
    public void Very_long_passwords_are_refused_at_256_characters()
    {
        Assert.Empty(Codes(string.Concat(Enumerable.Repeat("kettle orbit parsnip ", 13))[..256]));
        Assert.Contains(PasswordRules.TooLongCode, Codes(string.Concat(Enumerable.Repeat("kettle orbit parsnip ", 14))[..257]));
    }

    [Fact]
    public void A_two_letter_local_part_is_not_treated_as_personal() =>
        Assert.Empty(Codes("joyful kettle orbit", "jo@example.org"));
}
