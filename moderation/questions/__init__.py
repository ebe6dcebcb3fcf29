"""Questions from the public (Hỏi đáp): the form at /hoi-dap/dat-cau-hoi/, the queue editors answer from,
and the tracking page that shows the published answer."""
