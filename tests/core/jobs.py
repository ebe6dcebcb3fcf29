"""A task for the scheduler's own tests: it asks the process it runs in to stop, as an operator would."""

import os

from django_tasks import task


@task()
def send_signal(signum):
    os.kill(os.getpid(), signum)
    return signum
