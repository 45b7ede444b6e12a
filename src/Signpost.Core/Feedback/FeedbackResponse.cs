namespace Signpost.Core.Feedback;

/// <summary>
/// What one young person, parent or professional told us about a service or about the directory.
/// Nothing is public until a participation officer moderates it; free text and contact details are
/// kept only as long as the retention settings allow, while the answers stay for the aggregates.
/// </summary>
public class FeedbackResponse
{
    public long Id { get; set; }

    /// <summary>UTC.</summary>
    public DateTime SubmittedAt { get; set; }

    /// <summary>UTC; set when the person changes their answers with their receipt code.</summary>
    public DateTime? UpdatedAt { get; set; }

    /// <summary>Null when the feedback is about the directory or local services in general ("Have your say").</summary>
    public Guid? ServiceId { get; set; }

    /// <summary>The service's organisation when it was given, so editors see only their own and reports filter without a join.</summary>
    public Guid? OrganisationId { get; set; }

    public FeedbackChannel Channel { get; set; } = FeedbackChannel.Website;
    public RespondentType Respondent { get; set; }

    /// <summary>One of <see cref="FeedbackAgeBands.All"/>, or null when not given.</summary>
    public string? AgeBand { get; set; }

    /// <summary>The outward code only ("WA8"), never a full postcode.</summary>
    public string? PostcodeDistrict { get; set; }

    public ExperienceAnswer? EasyToGetTo { get; set; }
    public ExperienceAnswer? ListenedAndRespected { get; set; }
    public ExperienceAnswer? Confidential { get; set; }
    public ExperienceAnswer? TimesRight { get; set; }
    public FeedbackOutcomes Outcomes { get; set; }

    /// <summary>1 (poor) to 5 (very good), or null.</summary>
    public int? Rating { get; set; }

    /// <summary>The words as given, or as redacted by an officer; null once retention has removed them.</summary>
    public string? Text { get; set; }

    /// <summary>UTC; when retention removed the free text.</summary>
    public DateTime? TextDeletedAt { get; set; }

    /// <summary>The person agreed to be quoted anonymously.</summary>
    public bool MayQuote { get; set; }

    /// <summary>An officer approved the (redacted) words for quoting; only possible with <see cref="MayQuote"/>.</summary>
    public bool QuoteApproved { get; set; }

    /// <summary>The person asked for a reply; their email is kept apart in <see cref="FeedbackReplyRequest"/>.</summary>
    public bool WantsReply { get; set; }

    /// <summary>Optional equality answers, only ever reported in aggregate; codes from <see cref="EqualityOptions"/>.</summary>
    public string? Sex { get; set; }

    public string? Ethnicity { get; set; }
    public string? Disability { get; set; }

    public FeedbackStatus Status { get; set; } = FeedbackStatus.Pending;

    /// <summary>The free text matched a safeguarding phrase: the designated lead must look at it.</summary>
    public bool Urgent { get; set; }

    /// <summary>The categories of the phrases that matched, comma separated, e.g. "self-harm,abuse".</summary>
    public string? SafeguardingMatches { get; set; }

    /// <summary>UTC; when the safeguarding lead marked the urgent flag as dealt with.</summary>
    public DateTime? SafeguardingReviewedAt { get; set; }

    public string? SafeguardingReviewedById { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? ModeratedAt { get; set; }

    public string? ModeratedById { get; set; }

    /// <summary>SHA-256 (hex) of the receipt code; the code itself is shown once and never stored.</summary>
    public required string ReceiptHash { get; set; }

    /// <summary>UTC; after this the receipt code no longer opens the response.</summary>
    public DateTime ReceiptExpiresAt { get; set; }

    /// <summary>A hash of what was said and about what, so the same post sent twice is caught.</summary>
    public required string DuplicateKey { get; set; }

    /// <summary>Demo content from content-seed; reports can leave it out and it is labelled wherever shown.</summary>
    public bool IsDemo { get; set; }

    public List<FeedbackResponseTheme> Themes { get; set; } = [];
}
