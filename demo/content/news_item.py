"""The shape of a sample news article, shared by the news content modules."""

import datetime
from dataclasses import dataclass, field


@dataclass
class Article:
    """A news article. `days` counts back from the day the content is created; `date` fixes it instead.

    In `paragraphs`, {ngay}, {thang} and {nam} are replaced by the article's date, month and year; a
    paragraph may also be a ready-made StreamField block (a dict).
    """

    title: str
    category: str
    kind: str
    alt: str
    summary: str
    paragraphs: list = field(default_factory=list)
    author: str = ""
    days: int = 0
    date: datetime.date | None = None
    featured: bool = False

    def date_for(self, today):
        return self.date or today - datetime.timedelta(days=self.days)

    def fill(self, text, date):
        return (
            text.replace("{ngay}", date.strftime("%d/%m/%Y"))
            .replace("{thang}", str(date.month))
            .replace("{nam}", str(date.year))
        )
